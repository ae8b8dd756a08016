package nlp

import (
	"unicode"
	"unicode/utf8"
)

// Punkt's word tokenizer and word types, as gopkg.in/neurosnap/sentences.v1
// (v1.0.6) computes them, reproduced quirk for quirk: a sentence may only
// end where the library's tokens say, and its model is keyed by its types.

// punktToken is a word the annotations look at, with what they decide.
type punktToken struct {
	start, end int // the word is text[start:end]
	// pos is where a sentence that ends with the word ends: at the white
	// space after it, or at the end of the text.
	pos int
	// typ, typEnd locate the word's type in punktScratch.types.
	typ, typEnd     int
	sentBreak, abbr bool
}

// appendPunktWords appends the words of text that Punkt annotates: those
// with a period, question or exclamation mark, and the word after each.
// The others can neither end a sentence nor tell whether one ends.
//
// Words are runs of characters other than Unicode white space, taken as
// the library takes them: each run ends at the white space after it (pos,
// where a sentence break would fall), except that a final space, or a
// final ASCII (one byte) character, ends its run at the end of the text.
// A last run that ends in a longer character at the very end of the text
// is not a word at all. If no word qualifies, the whole text is one token.
func appendPunktWords(dst []punktToken, text string) []punktToken {
	n := len(text)
	if n == 0 {
		return dst
	}
	first := len(dst)
	start := 0                   // where the current run starts
	punct, after := false, false // the current run, the previous run has . ! or ?
	for i := 0; i < n; {
		// Most bytes are neither white space, nor . ! ?, nor part of a
		// longer character: skip them in a tight loop. The last byte
		// always takes the slow path (see above).
		for i < n-1 && punktBytes[text[i]] == punktOther {
			i++
		}
		c, size, space := text[i], 1, false
		switch punktBytes[c] {
		case punktWhite:
			space = true
		case punktPunct:
			punct = true
		case punktNonASCII:
			var r rune
			r, size = utf8.DecodeRuneInString(text[i:])
			space = unicode.IsSpace(r)
		}
		if !space && i != n-1 {
			i += size
			continue
		}
		end, pos := i, i
		if i == n-1 {
			pos = n
			if !space {
				end = n
			}
		}
		if start < end {
			if punct || after {
				dst = append(dst, punktToken{start: start, end: end, pos: pos})
			}
			after = punct
		}
		punct = false
		i += size
		start = i
	}
	if len(dst) == first {
		dst = append(dst, punktToken{start: 0, end: n, pos: n})
	}
	return dst
}

// punktBytes classifies bytes for appendPunktWords.
var punktBytes = func() (t [256]uint8) {
	for _, c := range "\t\n\v\f\r " {
		t[c] = punktWhite
	}
	for _, c := range ".!?" {
		t[c] = punktPunct
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = punktNonASCII
	}
	return t
}()

const (
	punktOther    = iota
	punktWhite    // ASCII white space
	punktPunct    // . ! ?
	punktNonASCII // the first byte of a longer character, or invalid UTF-8
)

// appendPunktType appends the type of word w: lower-cased, a trailing
// number replaced by "##number##", commas dropped unless the type is a
// single byte. The library finds the number with the regular expression
// -?[\.,]?\d[\d,\.-]*\.?$, which took a tenth of the segmenter's time in
// wasm; punktNumberStart scans instead. TestPunktTypeMatchesLibrary
// proves the two equal.
func appendPunktType(dst []byte, w string) []byte {
	start := len(dst)
	dst = appendLower(dst, w)
	if i := punktNumberStart(dst[start:]); i >= 0 {
		dst = append(dst[:start+i], "##number##"...)
	}
	if len(dst)-start == 1 {
		return dst
	}
	k := start
	for _, c := range dst[start:] {
		if c != ',' {
			dst[k] = c
			k++
		}
	}
	return dst[:k]
}

// appendLower appends strings.ToLower(s) without allocating: every
// character lower-cased by unicode.ToLower, every byte of invalid UTF-8
// replaced by U+FFFD (as strings.Map does), so that types match the
// library's on any input.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += size
	}
	return dst
}

// punktNumberStart is where the leftmost match of -?[.,]?\d[\d,.-]*\.?$
// in s begins, -1 if none. Every character of a match is a digit or one
// of ",.-", so a match lies in the longest such suffix of s; within it the
// pattern's optional parts are forced (a '-' must be the optional minus, a
// '.' or ',' after it the optional separator, then a digit must follow).
func punktNumberStart(s []byte) int {
	from := len(s)
	for from > 0 && punktNumberByte(s[from-1]) {
		from--
	}
	for i := from; i < len(s); i++ {
		j := i
		if s[j] == '-' {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ',') {
			j++
		}
		if j < len(s) && '0' <= s[j] && s[j] <= '9' {
			return i
		}
	}
	return -1
}

func punktNumberByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }

// punktNoPeriod is a type without its final period (TypeNoPeriod), unless
// the period is the whole type.
func punktNoPeriod(typ string) string {
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// punktFirstUpper and punktFirstLower report the case of w's first
// character (U+FFFD, neither, for invalid UTF-8).
func punktFirstUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsUpper(r)
}

func punktFirstLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return w != "" && unicode.IsLower(r)
}

// punktInitial reports whether w is an initial: an ASCII letter and a
// period (^[A-Za-z]\.$).
func punktInitial(w string) bool {
	return len(w) == 2 && w[1] == '.' && ('a' <= w[0]|0x20 && w[0]|0x20 <= 'z')
}

// punktPeriodFinal reports whether w ends in a period.
func punktPeriodFinal(w string) bool { return w != "" && w[len(w)-1] == '.' }
