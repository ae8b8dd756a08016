package nlp

import (
	"unicode/utf8"
)

// align finds tok in text at or after pos (skipping white space), allowing
// for the characters prose normalizes. It returns the span or -1, -1.
func align(text string, pos int, tok string) (int, int) {
	pos = skipSpace(text, pos)
	// Tokens almost always start right at pos; look a little further for
	// the rare character prose drops.
	for try := 0; try < 8 && pos < len(text); try++ {
		if end, ok := matchAt(text, pos, tok); ok {
			return pos, end
		}
		_, n := utf8.DecodeRuneInString(text[pos:])
		pos += n
	}
	return -1, -1
}

// matchAt reports whether tok matches text at pos, and where it ends.
func matchAt(text string, pos int, tok string) (int, bool) {
	i := pos
	for _, want := range tok {
		if i >= len(text) {
			return 0, false
		}
		got, n := utf8.DecodeRuneInString(text[i:])
		if !sameChar(got, want) {
			return 0, false
		}
		i += n
	}
	return i, tok != ""
}

// sameChar compares a text character with a token character, treating
// the typographic quotes prose straightens as equal to their ASCII forms.
func sameChar(text, tok rune) bool {
	return text == tok || foldQuote(text) == foldQuote(tok)
}

func foldQuote(r rune) rune {
	switch r {
	case '‘', '’', '‛', '′', '`', '´':
		return '\''
	case '“', '”', '„', '‟', '″', '«', '»':
		return '"'
	}
	return r
}
