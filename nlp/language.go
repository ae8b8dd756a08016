package nlp

import (
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// englishFunctionWords are the commonest English words; running English
// text is about 40-50% these, other languages almost none.
var englishFunctionWords = set("the", "of", "and", "to", "a", "in", "is", "that", "for", "it",
	"was", "on", "with", "he", "as", "by", "at", "be", "this", "are", "from", "or", "his", "not",
	"but", "have", "an", "they", "which", "she", "has", "were", "their", "had", "said", "its",
	"will", "would", "been", "who", "we", "there", "after", "more", "also", "than", "when")

// detectLanguage tells English from other text by the share of English
// function words among its words (hits of total; measure counts them in
// its pass over the words, and sets Prose and Warning). It is deliberately modest: it says "en" or
// "und" (undetermined) with a confidence, never guesses another language.
func detectLanguage(total, hits int) schema.Language {
	if total == 0 {
		return schema.Language{Code: "und"}
	}
	share := float64(hits) / float64(total)
	// Newswire English runs at 0.35-0.5; 0.2 leaves room for headlines
	// and lists while excluding other languages.
	conf := roundTo(min(share/0.35, 1), 2)
	if total < 8 || share < 0.2 {
		return schema.Language{Code: "und", Confidence: roundTo(1-conf, 2)}
	}
	return schema.Language{Code: "en", Confidence: conf}
}

// isEnglishFunctionWord looks w up case-insensitively without allocating:
// the function words are ASCII and at most five letters.
func isEnglishFunctionWord(w string) bool {
	var buf [5]byte
	key, ok := asciiLower(buf[:], w)
	return ok && englishFunctionWords[string(key)]
}

// asciiLower writes w with ASCII capitals lowered into buf, for a map
// lookup that allocates nothing (m[string(key)]); ok is false when w does
// not fit.
func asciiLower(buf []byte, w string) (key []byte, ok bool) {
	if len(w) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(w)], true
}

// inLower reports whether w, lower-cased, is in m, without allocating for
// the short ASCII words the hot loops look up (strings.ToLower allocates
// for every capitalized word).
func inLower(m map[string]bool, w string) bool {
	var buf [32]byte
	if key, ok := asciiLower(buf[:], w); ok && isASCII(w) {
		return m[string(key)]
	}
	return m[strings.ToLower(w)]
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
