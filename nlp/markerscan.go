package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// markerIndex finds the tone markers' phrases (tonemarkers.go) in text.
// It is built once at load: the phrases by their first word, and a table
// of the first two letters of the first words, which most words of a text
// fail, so that they cost no lookup.
type markerIndex struct {
	byFirst map[string][]markerPhrase
	first2  [26 * 26]bool
	maxLen  int // of a first word
}

type markerPhrase struct {
	rest []string // the words after the first
	kind string
}

func newMarkerIndex() *markerIndex {
	x := &markerIndex{byFirst: map[string][]markerPhrase{}}
	for kind, list := range [...][]string{loadedWords, hedgeWords} {
		for _, p := range list {
			words := strings.Fields(p)
			first := words[0]
			x.byFirst[first] = append(x.byFirst[first], markerPhrase{words[1:], [...]string{markerLoaded, markerHedge}[kind]})
			x.maxLen = max(x.maxLen, len(first))
			if k, ok := letterPair(first); ok {
				x.first2[k] = true
			}
		}
	}
	return x
}

// letterPair is the table slot of w's first two letters, lower-cased.
func letterPair(w string) (int, bool) {
	if len(w) < 2 {
		return 0, false
	}
	a, b := w[0]|0x20, w[1]|0x20
	if a < 'a' || a > 'z' || b < 'a' || b > 'z' {
		return 0, false
	}
	return int(a-'a')*26 + int(b-'a'), true
}

// findInTokens appends the markers of sentence s to out, in text order;
// where phrases begin at the same word, the longest is taken. It walks the
// tokens the pipeline has already split, so that a word the first-letters
// table rules out costs no scan of its bytes (the tokenizer splits
// "regime's" and keeps "so-called" whole); a token that is not a plain
// word of letters and digits is passed over.
//
// A token with a word cache entry (wc may be nil) keeps whether it can
// begin a phrase there (wordfacts.go), so that a word is tested once.
func (x *markerIndex) findInTokens(doc *document, s sentence, wc *wordCache, out []schema.Marker, low *[]byte) []schema.Marker {
	text := doc.text
	for k := s.tokLo; k < s.tokHi; k++ {
		t := &doc.tokens[k]
		ws, we := t.start, t.end
		if t.word > 0 && wc != nil && t.text == text[ws:we] {
			f := &wc.facts[t.word-1]
			if f.have&factsMarker == 0 {
				f.markerStart = x.phrasesAt(text[ws:we], low) != nil
				f.have |= factsMarker
			}
			if !f.markerStart {
				continue
			}
		}
		phrases := x.phrasesAt(text[ws:we], low)
		if phrases == nil {
			continue
		}
		bestEnd, bestKind := -1, ""
		for _, p := range phrases {
			if e := matchRest(text, we, s.end, p.rest); e > bestEnd {
				bestEnd, bestKind = e, p.kind
			}
		}
		if bestEnd >= 0 {
			out = append(out, schema.Marker{Start: ws, End: bestEnd, Text: text[ws:bestEnd], Kind: bestKind})
			for k+1 < s.tokHi && doc.tokens[k+1].start < bestEnd {
				k++ // the phrase's other words
			}
		}
	}
	return out
}

// phrasesAt returns the phrases that can begin with the token w, or nil.
func (x *markerIndex) phrasesAt(w string, low *[]byte) []markerPhrase {
	if k2, ok := letterPair(w); !ok || !x.first2[k2] || len(w) > x.maxLen {
		return nil
	}
	if ws, we := nextWord(w, 0, len(w)); ws != 0 || we != len(w) {
		return nil // not a plain word: "U.S.", "e-mail@..."
	}
	*low = appendLowerASCII((*low)[:0], w)
	return x.byFirst[viewString(*low)]
}

// matchRest matches the words of a phrase after its first against text
// from i, each after white space, and returns where the match ends, or
// -1.
func matchRest(text string, i, end int, rest []string) int {
	for _, word := range rest {
		j := i
		for j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
			j++
		}
		ws, we := nextWord(text, j, end)
		if j == i || ws != j || !equalLowerASCII(text[ws:we], word) {
			return -1
		}
		i = we
	}
	return i
}

// equalLowerASCII reports whether s lower-cased is the lower-case word w.
func equalLowerASCII(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i]|0x20 != w[i] {
			return false
		}
	}
	return true
}

// nextWord returns the bounds of the first word in text[i:end], or -1,
// -1. A word is a run of letters and digits, hyphens inside it included
// ("so-called"); an apostrophe ends it, so that "regime's" holds the word
// "regime".
func nextWord(text string, i, end int) (int, int) {
	start := -1
	for i < end {
		if c := text[i]; c < utf8.RuneSelf && isAlnumByte(c) {
			if start < 0 {
				start = i
			}
			i++
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:end])
		}
		wordChar := r < utf8.RuneSelf && isAlnumByte(byte(r)) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case wordChar:
			if start < 0 {
				start = i
			}
		case start >= 0 && r == '-' && i+1 < end && isAlnumByte(text[i+1]):
			// a hyphen inside a compound
		case start >= 0:
			return start, i
		}
		i += size
	}
	if start < 0 {
		return -1, -1
	}
	return start, end
}

func isAlnumByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func appendLowerASCII(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b
}
