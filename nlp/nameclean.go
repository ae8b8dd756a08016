package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// cleanCandidate makes a candidate of the model's span toks[i:j] of type
// typ, trimmed to the name itself, as OntoNotes and CoNLL mark names:
//   - no determiner in front, nor a person's honorific or title: "Defense Secretary Ash
//     Carter" is Ash Carter (findRoles keeps the title as his role), and a
//     span that is all title ("Navy Capt.") is no name;
//   - no possessive, punctuation or lower-case word behind, except a
//     hyphenated particle that belongs to the name ("Haider al-Abadi");
//   - no sentence-final full stop glued to the last word ("Junius Ho.").
//
// ok is false when nothing of a name is left.
func cleanCandidate(doc *document, i, j int, typ string) (candidate, bool) {
	toks := doc.tokens
	for i < j {
		// Titles only in front of a person: "General Motors" keeps its
		// first word. An honorific makes the name a person's, whatever
		// the model said ("Dr Wangari Maathai").
		w := strings.ToLower(doc.slice(toks[i].start, toks[i].end))
		if honorifics[w] && j > i+1 {
			typ = schema.Person
		}
		if typ == schema.Person && (isTitleWord(w) || honorifics[w]) || w == "the" {
			i++
			continue
		}
		break
	}
	if typ == schema.Person {
		var whole bool
		i, whole = afterTitle(doc, i, j)
		if whole {
			return candidate{}, false
		}
	}
	for j > i {
		t := toks[j-1]
		w := doc.slice(t.start, t.end)
		// Names end in a capitalized word or a number: "American
		// continent" is the demonym and a common noun.
		if doc.tagOf(t) == "POS" || !hasLetterOrDigit(w) || !nameWord(w) && !unicode.IsDigit(firstRune(w)) {
			j--
			continue
		}
		break
	}
	if i >= j {
		return candidate{}, false
	}
	first := doc.slice(toks[i].start, toks[i].end)
	r, _ := utf8.DecodeRuneInString(first)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return candidate{}, false // the model sometimes labels lower-case words
	}
	if _, ok := pronounInfo[strings.ToLower(first)]; ok && j == i+1 {
		return candidate{}, false
	}
	// A demonym alone is a nationality or group, whatever the model
	// thought it was.
	if j == i+1 && toks[i].gaz&nerfeat.Demonym != 0 {
		typ = schema.NORP
	}
	end := toks[j-1].end
	if gluedFullStop(doc, j-1) {
		end--
	}
	return candidate{start: toks[i].start, end: end, typ: typ}, true
}

// afterTitle skips a title phrase at the front of a person's span: a run
// of capitalized words ending in a title word ("Defense Secretary",
// "Iraqi Prime Minister", "Navy Capt."), followed by the name. It returns
// where the name starts and whether the span is all title. A given name
// and another name word before the title word mean the title word is
// part of the name ("Martin Luther King").
func afterTitle(doc *document, i, j int) (int, bool) {
	toks := doc.tokens
	last := -1
	for k := i; k < j; k++ {
		w := doc.slice(toks[k].start, toks[k].end)
		lw := strings.ToLower(w)
		if isTitleWord(lw) {
			last = k
			continue
		}
		if !startsUpper(w) && lw != "of" {
			break
		}
		// A given name followed by a name: the person starts here.
		if next := k + 1; toks[k].gaz&nerfeat.GivenName != 0 && next < j &&
			!isTitleWord(doc.slice(toks[next].start, toks[next].end)) {
			break
		}
	}
	if last < 0 {
		return i, false
	}
	name := last + 1
	for name < j && doc.slice(toks[name].start, toks[name].end) == "." {
		name++ // "Capt ." as the tokenizer split it
	}
	if name == j {
		return i, true
	}
	// "King Jr." or "Pope John Paul II": a suffix alone is not a name.
	if name == j-1 && nameSuffixes[strings.ToLower(doc.slice(toks[j-1].start, toks[j-1].end))] {
		return i, false
	}
	return name, false
}

// nameSuffixes follow a name and are part of it.
var nameSuffixes = set("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")

// nameWord reports a word that can end a name: capitalized, or a
// lower-case particle joined to a capitalized part ("al-Abadi",
// "el-Sisi", "d'Estaing").
func nameWord(w string) bool {
	if startsUpper(w) {
		return true
	}
	if k := strings.IndexAny(w, "-'’"); k > 0 && k <= 3 {
		_, size := utf8.DecodeRuneInString(w[k:])
		return startsUpper(w[k+size:])
	}
	return false
}

// gluedFullStop reports a token that ends its sentence with a full stop
// the tokenizer left on the word ("Junius Ho."), where the stop is the
// sentence's and not an abbreviation's ("U.S.", "Inc.", "Jr.").
func gluedFullStop(doc *document, ti int) bool {
	t := doc.tokens[ti]
	w := doc.slice(t.start, t.end)
	if !strings.HasSuffix(w, ".") || strings.Count(w, ".") != 1 || utf8.RuneCountInString(w) < 3 {
		return false
	}
	if abbreviations[strings.ToLower(w)] {
		return false
	}
	s := doc.sentenceOf(t.start)
	return s >= 0 && doc.sentences[s].tokHi == ti+1
}

// abbreviations keep their full stop at the end of a name.
var abbreviations = set("jr.", "sr.", "inc.", "co.", "corp.", "ltd.", "bros.", "st.", "mt.", "ft.", "no.", "dept.", "univ.", "assn.")

// withoutParticle is a surname without its joined particle: news writes
// "Haider al-Abadi" and then "Abadi".
func withoutParticle(w string) string {
	if k := strings.IndexByte(w, '-'); k > 0 && k <= 3 && !startsUpper(w) && nameWord(w) {
		return w[k+1:]
	}
	return w
}

// isTitleWord reports a title word, in any case, abbreviations with or
// without their full stop ("Capt.", "Capt").
func isTitleWord(w string) bool {
	var buf [33]byte
	key, ok := asciiLower(buf[:32], w)
	if !ok || !isASCII(w) {
		lw := strings.ToLower(w)
		return titleWords[lw] || titleWords[lw+"."] || titleWords[strings.TrimSuffix(lw, ".")]
	}
	if titleWords[string(key)] || titleWords[string(append(key, '.'))] {
		return true
	}
	return len(key) > 1 && key[len(key)-1] == '.' && titleWords[string(key[:len(key)-1])]
}

// personInside finds a person's name run into the end of another name by
// the model: "Detroit Pistons Chauncey Billups", "Boeing Chief Financial
// Officer Michael Sears". The person starts at a given name k (past the
// span's first word, which is not a given name itself, so that "Martin
// Luther King" stays whole) followed by one or two more capitalized words
// to the span's end; a title before it is left out of the first name,
// which ends at name. k is i when there is no such person.
func personInside(doc *document, i, j int) (k, name int) {
	toks := doc.tokens
	if j-i < 3 || toks[i].gaz&nerfeat.GivenName != 0 {
		return i, i
	}
	for k = j - 2; k >= j-3 && k > i; k-- {
		if toks[k].gaz&nerfeat.GivenName == 0 {
			continue
		}
		for m := k; m < j; m++ {
			if !startsUpper(doc.slice(toks[m].start, toks[m].end)) {
				return i, i
			}
		}
		// Only where the first part is plainly not a person's: a title
		// stands between, or it holds a place's name (not just a word of
		// one, as "Chiang" of Chiang Mai) or an organization word.
		name = k
		for t := i + 1; t < k; t++ {
			if isTitleWord(doc.slice(toks[t].start, toks[t].end)) {
				name = t
				return k, name
			}
		}
		for t := i; t < k; t++ {
			if f := toks[t].gaz; f&nerfeat.OrgWord != 0 || f&(nerfeat.Country|nerfeat.City|nerfeat.Demonym) != 0 && f&nerfeat.MultiWord == 0 {
				return k, name
			}
		}
		return i, i
	}
	return i, i
}

// nameAfterTitle finds a person's name the model missed after a title:
// "Iraqi Prime Minister Haider al-Abadi", "Pope Francis". Token i starts
// a capitalized title phrase (up to four words, the last a title word);
// one to three name words follow, none of them a head word that would make
// the whole an organization's or place's name ("General Motors", "King
// Street"). It returns the end of the name; cleanCandidate strips the
// title.
func nameAfterTitle(doc *document, i int, caps []bool) (int, bool) {
	toks := doc.tokens
	last := -1
	k := i
	for ; k < len(toks) && k < i+4; k++ {
		w := doc.slice(toks[k].start, toks[k].end)
		if caps[k] || !startsUpper(w) || k > i && !adjacent(doc, toks[k-1], toks[k]) {
			break
		}
		if isTitleWord(w) {
			last = k
		}
	}
	if last < 0 {
		return i, false
	}
	j := last + 1
	if j < len(toks) && doc.slice(toks[j].start, toks[j].end) == "." && toks[j].start == toks[last].end {
		j++ // "Capt ." as the tokenizer split "Capt."
	}
	name := j
	for j < len(toks) && j < name+3 && !caps[j] && adjacent(doc, toks[j-1], toks[j]) {
		w := doc.slice(toks[j].start, toks[j].end)
		if !nameWord(w) || isTitleWord(w) || doc.tagOf(toks[j]) == "POS" {
			break
		}
		if isRuleHead(w) || inLower(orgHeads, w) {
			return i, false
		}
		j++
	}
	if j == name || doc.labelOf(toks[name]) != "O" {
		return i, false // no name, or the model has one there
	}
	return j, true
}
