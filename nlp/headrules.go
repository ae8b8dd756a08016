package nlp

import (
	"github.com/nutgraf/nutgraf/nlp/nerfeat"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Head-word rules find the names the model misses, or cuts short, where a
// decisive head word says a run of capitalized words is a name: "Tver
// Region", "St. Petersburg International Economic Forum", "Foreign
// Ministry". A statistical model trained on tweets and web text is
// unsure of such runs in news; the head word is not.

// maxHeadRun is the longest run of capitalized words a rule takes.
const maxHeadRun = 6

// isRuleHead reports a head word (in any case) decisive enough to make a name of the
// capitalized words before it.
func isRuleHead(w string) bool {
	if inLower(weakHeads, w) {
		return false
	}
	return inLower(eventHeads, w) || inLower(gpeHeads, w) || inLower(facHeads, w) || inLower(lawHeads, w) || inLower(orgHeads, w)
}

// weakHeads are head words that end common capitalized phrases as often as
// names ("Last Week", "Islamic State", "Peace Talks").
var weakHeads = set("week", "talks", "crisis", "state", "head", "code", "front", "post", "times", "news", "press",
	"media", "team", "office", "service", "services", "program", "programme", "project", "initiative")

// headRunEnd extends a span [i, j) over the capitalized words that follow
// it up to a head word: the model's "Tver" becomes "Tver Region". It
// returns j unchanged when no head word closes such a run.
func headRunEnd(doc *document, i, j int, caps []bool) int {
	toks := doc.tokens
	for k := j; k < len(toks) && k < i+maxHeadRun; k++ {
		w := doc.slice(toks[k].start, toks[k].end)
		if caps[k] || !startsUpper(w) || !adjacent(doc, toks[k-1], toks[k]) || doc.labelOf(toks[k]) != "O" {
			return j
		}
		if isRuleHead(w) {
			return headTail(doc, k+1, caps)
		}
	}
	return j
}

// headTail extends a name that ends in its head word at end over what
// may follow the head: an "of" phrase of capitalized words ("Democratic
// Republic of the Congo", "University of Texas") or a Roman numeral
// ("World War II").
func headTail(doc *document, end int, caps []bool) int {
	toks := doc.tokens
	if end < len(toks) && romanNumerals[doc.slice(toks[end].start, toks[end].end)] && adjacent(doc, toks[end-1], toks[end]) {
		return end + 1
	}
	k := end
	if k >= len(toks) || doc.slice(toks[k].start, toks[k].end) != "of" {
		return end
	}
	k++
	if k < len(toks) && doc.slice(toks[k].start, toks[k].end) == "the" {
		k++
	}
	last := end
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		if caps[k] || !startsUpper(doc.slice(toks[k].start, toks[k].end)) || !adjacent(doc, toks[k-1], toks[k]) ||
			toks[k].gaz&nerfeat.Calendar != 0 {
			break
		}
		last = k + 1
	}
	return last
}

var romanNumerals = set("II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

// headRun finds a name the model missed altogether, starting at token i:
// two to six capitalized words ending in a head word, the first of them
// not a determiner or other word that is capitalized only because it
// starts the sentence. It returns the run's end and type.
func headRun(doc *document, i int, caps []bool) (int, string, bool) {
	toks := doc.tokens
	first := doc.slice(toks[i].start, toks[i].end)
	if caps[i] || !startsUpper(first) || inLower(sentenceOpeners, first) || isTitleWord(first) {
		return i, "", false
	}
	j := headRunEnd(doc, i, i+1, caps)
	if j == i+1 {
		return i, "", false
	}
	head := lowerWord(doc, toks[i+headIndex(doc, toks[i:j])])
	model := ""
	if gpeHeads[head] {
		model = "LOC"
	}
	typ := spanType(doc, model, toks[i:j])
	if typ == "" {
		typ = schema.Org
	}
	return j, typ, true
}

// sentenceOpeners are capitalized at the start of a sentence but do not
// begin names.
var sentenceOpeners = set("the", "this", "that", "these", "those", "a", "an", "our", "their", "his", "her", "its",
	"my", "your", "last", "next", "every", "each", "some", "any", "no", "many", "several", "both", "all",
	"other", "another", "such", "in", "on", "at", "for", "from", "with", "by", "as", "after", "before",
	"during", "since", "when", "while", "if", "but", "and", "or", "so", "yet")
