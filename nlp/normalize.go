package nlp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// normalize checks the input and returns the text to analyze, with what
// was repaired in it. It changes no valid character of text, so that
// offsets into the result are offsets into the input: Windows line endings
// and non-breaking spaces are handled where the text is read (isSpace
// treats them as white space), not rewritten. Two things are repaired,
// and the Analysis says so:
//   - invalid UTF-8 cannot reach JSON, so it is replaced with U+FFFD and
//     offsets refer to the repaired text;
//   - control characters (NUL and the other C0 controls but tab and line
//     breaks, and DEL) are replaced with a space: they come from bad
//     copies and conversions, not from writers, and would otherwise be
//     taken for parts of words. A space is one byte, as they are, so the
//     offsets still count in the input as pasted.
//
// Text that is mostly such bytes is not text: the reader has opened an
// image, a PDF's raw bytes, a UTF-16 file or a legacy encoding, and gets
// an error that says so instead of an analysis of noise.
func normalize(text string) (string, []schema.Repair, error) {
	if len(text) > MaxInputBytes {
		return "", nil, errTooLarge(len(text))
	}
	controls, invalid := countBadBytes(text)
	if err := checkText(len(text), controls, invalid); err != nil {
		return "", nil, err
	}
	var repairs []schema.Repair
	if invalid > 0 {
		text = strings.ToValidUTF8(text, "\uFFFD")
		repairs = append(repairs, schema.Repair{Kind: schema.RepairInvalidUTF8, Count: invalid,
			Message: counted(invalid, "byte that was", "bytes that were") + " not valid UTF-8, replaced with \uFFFD."})
	}
	if controls > 0 {
		text = strings.Map(spaceForControl, text)
		repairs = append(repairs, schema.Repair{Kind: schema.RepairControlCharacters, Count: controls,
			Message: counted(controls, "control character (such as NUL) was", "control characters (such as NUL) were") + " replaced with spaces."})
	}
	if strings.TrimFunc(text, isSpace) == "" {
		return "", nil, errEmpty()
	}
	return text, repairs, nil
}

// Above these shares of its bytes a text is taken for binary data: one
// byte in 32 a control character (random bytes have one in 9, UTF-16 one
// in 2; pasted prose with a stray NUL, a handful in thousands), or one
// byte in 4 invalid UTF-8 (Latin-1 prose has one in 50 at most; Cyrillic
// or Chinese in a legacy encoding, most). A few bad bytes are repaired
// whatever the length, so that a short paste with a stray NUL is not
// called binary.
const (
	maxControlShare = 32
	maxInvalidShare = 4
	fewBadBytes     = 8
)

func checkText(n, controls, invalid int) error {
	switch {
	case controls > fewBadBytes && controls*maxControlShare > n:
		return errBinary("this looks like binary data, not text: " + percent(controls, n) +
			" of its bytes are control characters. Paste the article's text, or save the file as plain UTF-8 text")
	case invalid > fewBadBytes && invalid*maxInvalidShare > n:
		return errBinary("this is not UTF-8 text: " + percent(invalid, n) +
			" of its bytes are not valid UTF-8. Save the file as UTF-8 and try again")
	}
	return nil
}

// countBadBytes counts the control characters and the bytes that are not
// valid UTF-8. The common byte, printable ASCII, costs one comparison.
func countBadBytes(text string) (controls, invalid int) {
	for i := 0; i < len(text); {
		c := text[i]
		if c >= 0x20 && c < 0x7f {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			if isControlByte(c) {
				controls++
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
		}
		i += n
	}
	return controls, invalid
}

// isControlByte is an ASCII control character that is not white space.
func isControlByte(c byte) bool {
	return (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7f
}

func spaceForControl(r rune) rune {
	if r < utf8.RuneSelf && isControlByte(byte(r)) {
		return ' '
	}
	return r
}

// counted is "1 byte that was" or "3 bytes that were".
func counted(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func percent(part, whole int) string {
	return strconv.Itoa((part*100+whole/2)/whole) + "%"
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
