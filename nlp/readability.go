package nlp

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// wordsPerMinute is a typical adult silent reading speed for non-fiction
// (Brysbaert 2019: 238 wpm).
const wordsPerMinute = 238

// measure counts the text, scores its readability and tells its language,
// in one pass over the words. Counts cover the headline, standfirst and
// body; the formulas use the body's sentences only, since headlines are
// not sentences of running prose.
// A word that is exactly a token takes its counts from the token's entry
// in wc (wordfacts.go); syl caches the syllable counts of other words.
// Both are filled as words are first met, counting with table. wc may be
// nil: every word then goes through syl.
func measure(doc *document, wc *wordCache, syl map[string]int, table *syllableTable) (schema.Stats, *schema.Readability, schema.Language) {
	st := schema.Stats{Characters: utf8.RuneCountInString(doc.text)}
	r := &schema.Readability{}
	for _, b := range doc.blocks {
		if b.kind != schema.ParagraphKicker && b.kind != schema.ParagraphByline && b.kind != schema.ParagraphDateline {
			st.Paragraphs++
		}
	}
	functionWords := 0
	for _, s := range doc.sentences {
		body := doc.blocks[s.block].kind == schema.ParagraphBody
		n := 0
		cur := sentenceCursor(doc, s)
		eachWordAt(doc.text, s.start, s.end, func(ws, we int) {
			w := doc.text[ws:we]
			n++
			var f *wordFacts
			if id := cur.word(ws, we); id >= 0 && wc != nil {
				f = wc.readabilityFacts(id, w, table)
			}
			if f != nil && f.function || f == nil && isEnglishFunctionWord(w) {
				functionWords++
			}
			if !body {
				return
			}
			var k, lt int
			if f != nil {
				k, lt = int(f.syllables), int(f.letters)
			} else {
				var ok bool
				if k, ok = syl[w]; !ok {
					k = table.count(w)
					syl[cacheKey(w)] = k
				}
				lt = letters(w)
			}
			r.Words++
			r.Syllables += k
			r.Letters += lt
			if k >= 3 {
				r.Polysyllables++
				if isGunningComplex(w, k, n == 1) {
					r.ComplexWords++
				}
			}
		})
		st.Words += n
		st.Sentences++
		if body && n > 0 {
			r.Sentences++
		}
	}
	st.ReadingTimeMinutes = round1(float64(st.Words) / wordsPerMinute)
	lang := detectLanguage(st.Words, functionWords)
	lang.Prose = isProse(doc)
	lang.Warning = languageWarning(lang)
	if r.Words == 0 || r.Sentences == 0 {
		return st, nil, lang // no running text to score
	}
	score(r)
	return st, r, lang
}

// score applies the published formulas to r's counts, each rounded to two
// decimals (TestReadabilityFormulas recomputes them to that rounding).
func score(r *schema.Readability) {
	words, sents := float64(r.Words), float64(r.Sentences)
	wps := words / sents                // words per sentence
	spw := float64(r.Syllables) / words // syllables per word
	lpw := float64(r.Letters) / words   // letters per word
	r.FleschReadingEase = roundTo(206.835-1.015*wps-84.6*spw, 2)
	r.FleschKincaidGrade = roundTo(0.39*wps+11.8*spw-15.59, 2)
	r.GunningFog = roundTo(0.4*(wps+100*float64(r.ComplexWords)/words), 2)
	// McLaughlin's SMOG, for any number of sentences: polysyllables
	// scaled to a 30-sentence sample.
	r.SMOG = roundTo(1.0430*math.Sqrt(float64(r.Polysyllables)*30/sents)+3.1291, 2)
	// Coleman and Liau (1975): 0.0588·L − 0.296·S − 15.8, L letters and
	// S sentences per 100 words. The constant is subtracted: with +15.8
	// ordinary news would score grade 40.
	r.ColemanLiau = roundTo(0.0588*100*lpw-0.296*100*sents/words-15.8, 2)
	r.ARI = roundTo(4.71*lpw+0.5*wps-21.43, 2)
}

// letters counts the letters and digits of w, the characters that
// Coleman–Liau and ARI count (not its apostrophes and hyphens).
func letters(w string) int {
	n := 0
	for _, c := range w {
		if c < utf8.RuneSelf {
			if asciiWordClass[c] == wordAlnum {
				n++
			}
		} else if unicode.IsLetter(c) || unicode.IsDigit(c) {
			n++
		}
	}
	return n
}

// isGunningComplex tells whether w, of k ≥ 3 syllables, is one of
// Gunning's complex words. Gunning leaves out three kinds of long word;
// here, exactly:
//   - proper nouns: a word that begins with a capital letter and is not
//     its sentence's first word (first says it is), acronyms included;
//   - hyphenated compounds: a word holding a hyphen ("six-member");
//   - words that reach three syllables only by an inflection: with the
//     syllable of its ending taken off, the word has fewer than three.
//     "-ing" is always a syllable; "-ed" only after t or d ("created",
//     "wanted"); "-es" only after s, x, z, ch, sh, ce, ge ("boxes",
//     "pages"). Elsewhere they are silent and take nothing off.
func isGunningComplex(w string, k int, first bool) bool {
	if c, _ := utf8.DecodeRuneInString(w); !first && unicode.IsUpper(c) {
		return false
	}
	if strings.Contains(w, "-") {
		return false
	}
	return k-inflectionSyllables(w) >= 3
}

// inflectionSyllables is 1 when w ends in an -ing, -ed or -es that is
// said as a syllable of its own (isGunningComplex), else 0.
func inflectionSyllables(w string) int {
	n := len(w)
	lower := func(i int) byte { return w[i] | 0x20 } // ASCII letters only are compared
	switch {
	case n > 5 && lower(n-3) == 'i' && lower(n-2) == 'n' && lower(n-1) == 'g':
		return 1
	case n > 4 && lower(n-2) == 'e' && lower(n-1) == 'd':
		if c := lower(n - 3); c == 't' || c == 'd' {
			return 1
		}
	case n > 4 && lower(n-2) == 'e' && lower(n-1) == 's':
		switch c := lower(n - 3); c {
		case 's', 'x', 'z', 'c', 'g':
			return 1
		case 'h':
			if p := lower(n - 4); p == 'c' || p == 's' {
				return 1
			}
		}
	}
	return 0
}

// newSyllableCache makes the syllable cache of an Engine's scratch: words
// repeat, within a text and from text to text, so each distinct word's
// syllables are counted once.
func newSyllableCache() map[string]int { return make(map[string]int, 1024) }

// eachWord calls f with each word of s, as words returns them, without
// building the list: runs of letters, digits, apostrophes and hyphens
// that hold a letter or digit, less their leading and trailing
// apostrophes and hyphens.
func eachWord(s string, f func(string)) {
	eachWordAt(s, 0, len(s), func(start, end int) { f(s[start:end]) })
}

// eachWordAt calls f with the bounds of each word of text[from:to], as
// eachWord finds them.
func eachWordAt(text string, from, to int, f func(start, end int)) {
	s := text[from:to]
	start, alnum := -1, false
	emit := func(end int) {
		if alnum {
			lo, hi := trimWordMarksAt(s, start, end)
			f(from+lo, from+hi)
		}
	}
	for i, r := range s {
		var in, an bool
		switch {
		case r < utf8.RuneSelf: // most text is ASCII: no Unicode tables
			k := asciiWordClass[r]
			in, an = k != 0, k == wordAlnum
		case r == '’':
			in = true
		default:
			an = unicode.IsLetter(r) || unicode.IsDigit(r)
			in = an
		}
		if in {
			if start < 0 {
				start, alnum = i, false
			}
			alnum = alnum || an
		} else if start >= 0 {
			emit(i)
			start = -1
		}
	}
	if start >= 0 {
		emit(len(s))
	}
}

// The ASCII characters of words: letters and digits, and the marks
// (apostrophe, hyphen) that join them.
const (
	wordMark = 1 + iota
	wordAlnum
)

var asciiWordClass = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			t[c] = wordAlnum
		case c == '\'', c == '-':
			t[c] = wordMark
		}
	}
	return t
}()

// trimWordMarks drops leading and trailing apostrophes (straight or
// curly) and hyphens.
func trimWordMarks(w string) string {
	lo, hi := trimWordMarksAt(w, 0, len(w))
	return w[lo:hi]
}

// trimWordMarksAt returns the bounds of s[lo:hi] trimmed as trimWordMarks
// trims.
func trimWordMarksAt(s string, lo, hi int) (int, int) {
	for {
		w := s[lo:hi]
		switch {
		case strings.HasPrefix(w, "'"), strings.HasPrefix(w, "-"):
			lo++
		case strings.HasPrefix(w, "’"):
			lo += len("’")
		case strings.HasSuffix(w, "'"), strings.HasSuffix(w, "-"):
			hi--
		case strings.HasSuffix(w, "’"):
			hi -= len("’")
		default:
			return lo, hi
		}
	}
}

// words returns the words of s: runs of letters and digits, with inner
// apostrophes and hyphens ("don't", "six-member") kept in the word.
func words(s string) []string {
	var out []string
	eachWord(s, func(w string) { out = append(out, w) })
	return out
}

func round1(x float64) float64 { return roundTo(x, 1) }

func roundTo(x float64, places int) float64 {
	p := pow10[places]
	return math.Round(x*p) / p
}

// pow10 are the powers of ten roundTo takes (math.Pow showed in profiles).
var pow10 = [...]float64{1, 10, 100, 1e3, 1e4, 1e5, 1e6}
