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
// syl caches syllable counts by word; measure adds to it.
func measure(doc *document, syl map[string]int) (schema.Stats, *schema.Readability, schema.Language) {
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
		eachWord(doc.slice(s.start, s.end), func(w string) {
			n++
			if isEnglishFunctionWord(w) {
				functionWords++
			}
			if !body {
				return
			}
			k, ok := syl[w]
			if !ok {
				k = syllables(w)
				syl[cacheKey(w)] = k
			}
			r.Words++
			r.Syllables += k
			if k >= 3 {
				r.ComplexWords++
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
	if r.Words == 0 || r.Sentences == 0 {
		return st, nil, lang // no running text to score
	}
	wps := float64(r.Words) / float64(r.Sentences)
	spw := float64(r.Syllables) / float64(r.Words)
	r.FleschReadingEase = roundTo(206.835-1.015*wps-84.6*spw, 2)
	r.FleschKincaidGrade = roundTo(0.39*wps+11.8*spw-15.59, 2)
	return st, r, lang
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
	start, alnum := -1, false
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
			if alnum {
				f(trimWordMarks(s[start:i]))
			}
			start = -1
		}
	}
	if start >= 0 && alnum {
		f(trimWordMarks(s[start:]))
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
	for {
		switch {
		case strings.HasPrefix(w, "'"), strings.HasPrefix(w, "-"):
			w = w[1:]
		case strings.HasPrefix(w, "’"):
			w = w[len("’"):]
		case strings.HasSuffix(w, "'"), strings.HasSuffix(w, "-"):
			w = w[:len(w)-1]
		case strings.HasSuffix(w, "’"):
			w = w[:len(w)-len("’")]
		default:
			return w
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

// syllables estimates a word's syllables from its spelling: vowel groups,
// less a silent final e, plus the endings that add one ("-le", "-ed" after
// t/d). Numbers count as one syllable per digit group, which is what the
// Flesch formulas assume for figures.
func syllables(w string) int {
	w = strings.ToLower(w)
	if !strings.ContainsFunc(w, unicode.IsLetter) {
		return 1
	}
	n := 0
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '\'' || r == '’' }) {
		if strings.ContainsFunc(part, isVowel) {
			n += partSyllables(part) // "don't": the "t" adds nothing
		}
	}
	return max(n, 1)
}

func isVowel(r rune) bool { return strings.ContainsRune("aeiouyàâäéèêëîïôöûüù", r) }

func partSyllables(w string) int {
	rs := []rune(w)
	isV := isVowel
	count := 0
	prevV := false
	for i, r := range rs {
		v := isV(r)
		if r == 'y' && i == 0 {
			v = false // "yes": y is a consonant before a vowel
		}
		if v && !prevV {
			count++
		}
		prevV = v
	}
	n := len(rs)
	if n > 2 && rs[n-1] == 'e' && !isV(rs[n-2]) && count > 1 {
		if !(rs[n-2] == 'l' && !isV(rs[n-3])) { // "table" keeps its -le syllable
			count--
		}
	}
	if n > 3 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ted") && !strings.HasSuffix(w, "ded") && count > 1 {
		count-- // "called", "joined": -ed is silent
	}
	if n > 3 && strings.HasSuffix(w, "es") && !isV(rs[n-3]) && !strings.ContainsRune("scxzgh", rs[n-3]) && count > 1 {
		count-- // "makes": -es is silent
	}
	for _, seq := range []string{"ia", "io", "ua", "eo", "iu"} {
		count += strings.Count(w, seq) // two vowels said apart: "Russia", "dialogue"
	}
	if strings.HasPrefix(w, "coop") || strings.HasPrefix(w, "coor") || strings.HasSuffix(w, "ism") {
		count++ // "co-op-er-ate", "co-or-di-nate", "ter-ror-is-m"
	}
	for _, seq := range []string{"tion", "sion", "cial", "tial", "cious", "tious", "geous"} {
		count -= strings.Count(w, seq) // ...but not in these endings
	}
	return max(count, 1)
}

func round1(x float64) float64 { return roundTo(x, 1) }

func roundTo(x float64, places int) float64 {
	p := math.Pow(10, float64(places))
	return math.Round(x*p) / p
}
