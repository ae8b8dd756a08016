package nlp

import "unicode/utf8"

// VADER splits a sentence into words as vader-sentiment 1.1.3 does
// (SentiText.get_words_and_emoticons), since its rules and its lexicon of
// emoticons depend on it: split at each white-space character (what
// JavaScript's \s matches), drop pieces shorter than two UTF-16 units,
// and take off one leading or trailing run of punctuation when that run
// is in its list (".", "!!", "?!?"...) and what remains is a word of two
// units or more with no ASCII punctuation in it. "great!" becomes
// "great", while ":)", "(great)" and "great..." stay as written.

// vaderPunct lists the runs that VADER strips (its PUNC_LIST).
var vaderPunct = [...]string{".", "!", "?", ",", ";", ":", "-", "'", `"`, "!!", "!!!", "??", "???", "?!?", "!?!", "?!?!", "!?!?"}

// vaderWords appends the words of s to out.
func vaderWords(s string, out []string) []string {
	for _, w := range vaderWordSpans(s, nil) {
		out = append(out, s[w.start:w.end])
	}
	return out
}

// wordSpan is a word's bounds in the text it was found in.
type wordSpan struct{ start, end int }

// vaderWordSpans appends the bounds of the words of s to out.
func vaderWordSpans(s string, out []wordSpan) []wordSpan {
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c > ' ' && c < utf8.RuneSelf {
			i++ // most bytes: printable ASCII, not space
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if jsSpace(r) {
			out = appendVaderWord(out, s, start, i)
			start = i + size
		}
		i += size
	}
	return appendVaderWord(out, s, start, len(s))
}

func appendVaderWord(out []wordSpan, s string, start, end int) []wordSpan {
	// Four bytes or more are two UTF-16 units or more.
	if end-start < 4 && utf16Len(s[start:end]) < 2 {
		return out
	}
	lo, hi := stripVaderPunct(s[start:end])
	return append(out, wordSpan{start + lo, start + hi})
}

// stripVaderPunct returns the bounds of w less its leading or trailing
// punctuation as VADER takes it off, or of the whole of w.
func stripVaderPunct(w string) (int, int) {
	lead := 0
	for lead < len(w) && asciiPunct(w[lead]) {
		lead++
	}
	if lead > 0 && isVaderPunct(w[:lead]) && cleanVaderWord(w[lead:]) {
		return lead, len(w)
	}
	trail := len(w)
	for trail > 0 && asciiPunct(w[trail-1]) {
		trail--
	}
	if trail < len(w) && isVaderPunct(w[trail:]) && cleanVaderWord(w[:trail]) {
		return 0, trail
	}
	return 0, len(w)
}

func isVaderPunct(p string) bool {
	for _, q := range vaderPunct {
		if p == q {
			return true
		}
	}
	return false
}

// cleanVaderWord reports whether w is a word VADER strips punctuation
// down to: two UTF-16 units or more, no ASCII punctuation.
func cleanVaderWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if asciiPunct(w[i]) {
			return false
		}
	}
	return utf16Len(w) >= 2
}

// asciiPunct reports whether c is one of the characters VADER's
// REGEX_REMOVE_PUNCTUATION removes: all of ASCII's punctuation.
func asciiPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// jsSpace reports whether JavaScript's \s matches r.
func jsSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// utf16Len is the length of s in UTF-16 units, as JavaScript counts it.
func utf16Len(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		i += size
	}
	return n
}
