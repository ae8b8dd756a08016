// Package syllable counts a word's syllables from its spelling. The engine
// (nlp) uses it for the words its pronouncing-dictionary table does not
// hold, and cmd/gensyllables uses it to keep in that table only the words
// these rules get wrong; sharing one definition keeps the two in step.
package syllable

import (
	"strings"
	"unicode"
)

// Rules estimates a word's syllables from its spelling: vowel groups,
// less a silent final e, plus the endings that add one ("-le", "-ed" after
// t/d). Numbers count as one syllable per digit group, which is what the
// Flesch formulas assume for figures.
func Rules(w string) int {
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
