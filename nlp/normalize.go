package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// normalize checks the input and returns the text to analyze. It changes
// no valid byte, so that offsets into the result are offsets into the
// input: Windows line endings and non-breaking spaces are handled where
// the text is read (isSpace treats them as white space), not rewritten.
// Invalid UTF-8 is the exception: such bytes cannot reach JSON, so they are
// replaced with U+FFFD and offsets refer to the repaired text.
func normalize(text string) (string, error) {
	if len(text) > MaxInputBytes {
		return "", errTooLarge(len(text))
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return "", errEmpty()
	}
	return text, nil
}

// isSpace reports white space, including the invisible characters that
// pasted text carries (zero-width space, byte-order mark).
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r == '\u200B' || r == '\uFEFF'
}

// trimSpan narrows [start, end) of text to exclude surrounding white space.
func trimSpan(text string, start, end int) (int, int) {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= n
	}
	return start, end
}
