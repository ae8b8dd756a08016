package textin

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inlineText reduces a line of Markdown's inline markup to its text:
// emphasis markers, code span backticks, link syntax, images, escapes and
// character references.
func inlineText(s string) string {
	pieces := scanInline(s)
	matchEmphasis(pieces)
	var b strings.Builder
	for _, p := range pieces {
		if p.delim == 0 {
			b.WriteString(p.text)
		} else {
			b.WriteString(p.text[:p.keep])
		}
	}
	return b.String()
}

// piece is literal text, or a run of emphasis delimiters (*, _, ~~) that
// may open or close emphasis; keep is how many of the run's characters
// are left once the runs are matched.
type piece struct {
	text        string
	delim       byte
	open, close bool
	keep        int
}

func scanInline(s string) []piece {
	var out []piece
	var lit strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && isASCIIPunct(s[i+1]) {
				lit.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '`':
			n := runLen(s, i, '`')
			if end := codeSpanEnd(s, i+n, n); end >= 0 {
				lit.WriteString(s[i+n : end])
				i = end + n
				continue
			}
			lit.WriteString(s[i : i+n])
			i += n
			continue
		case '!':
			if _, next, ok := link(s, i+1); ok {
				i = next // an image says nothing a reader reads
				continue
			}
		case '[':
			if text, next, ok := link(s, i); ok {
				lit.WriteString(inlineText(text))
				i = next
				continue
			}
		case '<':
			if inner, next, ok := autolink(s, i); ok {
				lit.WriteString(inner)
				i = next
				continue
			}
		case '&':
			if text, next, ok := charRef(s, i); ok {
				lit.WriteString(text)
				i = next
				continue
			}
		case '*', '_', '~':
			n := runLen(s, i, c)
			if c == '~' && n != 2 {
				lit.WriteString(s[i : i+n])
				i += n
				continue
			}
			if lit.Len() > 0 {
				out = append(out, piece{text: lit.String()})
				lit.Reset()
			}
			open, close := flanking(c, s[:i], s[i+n:])
			out = append(out, piece{text: s[i : i+n], delim: c, open: open, close: close, keep: n})
			i += n
			continue
		}
		lit.WriteByte(c)
		i++
	}
	if lit.Len() > 0 {
		out = append(out, piece{text: lit.String()})
	}
	return out
}

// flanking tells whether a delimiter run between before and after can
// open or close emphasis, after CommonMark's rules: an opener is followed
// by a word, a closer preceded by one, and _ does not work inside a word
// (snake_case stays as it is).
func flanking(c byte, before, after string) (open, close bool) {
	prev, next := ' ', ' '
	if before != "" {
		prev, _ = utf8.DecodeLastRuneInString(before)
	}
	if after != "" {
		next, _ = utf8.DecodeRuneInString(after)
	}
	left := !unicode.IsSpace(next) && (!isPunct(next) || unicode.IsSpace(prev) || isPunct(prev))
	right := !unicode.IsSpace(prev) && (!isPunct(prev) || unicode.IsSpace(next) || isPunct(next))
	if c == '_' {
		return left && (!right || isPunct(prev)), right && (!left || isPunct(next))
	}
	return left, right
}

// matchEmphasis pairs each closing run with the nearest open run of the
// same character before it and drops the markers of both; runs left
// unpaired ("a * b", a lone "_") stay as text.
func matchEmphasis(ps []piece) {
	var openers []int
	for i := range ps {
		p := &ps[i]
		if p.delim == 0 {
			continue
		}
		matched := false
		if p.close {
			for k := len(openers) - 1; k >= 0; k-- {
				o := &ps[openers[k]]
				if o.delim != p.delim {
					continue
				}
				m := min(o.keep, p.keep)
				o.keep -= m
				p.keep -= m
				openers = openers[:k]
				matched = true
				break
			}
		}
		if !matched && p.open {
			openers = append(openers, i)
		}
	}
}

// link parses a link at s[i] == '[': [text](destination) or [text][ref].
// It returns the link's text and where the link ends.
func link(s string, i int) (text string, next int, ok bool) {
	if i >= len(s) || s[i] != '[' {
		return "", 0, false
	}
	end := closing(s, i, '[', ']')
	if end < 0 || end+1 >= len(s) {
		return "", 0, false
	}
	text = s[i+1 : end]
	switch s[end+1] {
	case '(':
		if close := closing(s, end+1, '(', ')'); close >= 0 {
			return text, close + 1, true
		}
	case '[':
		if close := strings.IndexByte(s[end+2:], ']'); close >= 0 {
			return text, end + 2 + close + 1, true
		}
	}
	return "", 0, false
}

// closing returns the index of the bracket that closes the one at s[i],
// counting nested pairs and skipping escaped brackets, or -1.
func closing(s string, i int, open, close byte) int {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

// codeSpanEnd returns where the backtick run of length n that closes a
// code span starting at from begins, or -1.
func codeSpanEnd(s string, from, n int) int {
	for j := from; j < len(s); {
		k := strings.IndexByte(s[j:], '`')
		if k < 0 {
			return -1
		}
		j += k
		m := runLen(s, j, '`')
		if m == n {
			return j
		}
		j += m
	}
	return -1
}

// autolink parses <scheme:address> or <name@domain> at s[i] == '<' and
// returns the address.
func autolink(s string, i int) (string, int, bool) {
	end := strings.IndexByte(s[i:], '>')
	if end < 0 {
		return "", 0, false
	}
	inner := s[i+1 : i+end]
	if inner == "" || strings.ContainsAny(inner, " \t<") {
		return "", 0, false
	}
	scheme, _, isURI := strings.Cut(inner, ":")
	if isURI && len(scheme) >= 2 && len(scheme) <= 32 && isScheme(scheme) ||
		strings.Contains(inner, "@") && !strings.Contains(inner, ":") {
		return inner, i + end + 1, true
	}
	return "", 0, false
}

func isScheme(s string) bool {
	for k, c := range s {
		letter := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		if !letter && (k == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-')) {
			return false
		}
	}
	return true
}

// charRef decodes a character reference at s[i] == '&' (&amp;, &#8217;,
// &#x2019;). As in CommonMark, the semicolon is required, so "AT&T" and
// "R&D" stay as they are.
func charRef(s string, i int) (string, int, bool) {
	end := strings.IndexByte(s[i:], ';')
	if end < 2 || end > 33 {
		return "", 0, false
	}
	ref := s[i : i+end+1]
	for _, c := range ref[1 : len(ref)-1] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '#') {
			return "", 0, false
		}
	}
	text := html.UnescapeString(ref)
	if text == ref || strings.Contains(text, ";") {
		// Not a reference HTML knows, or only a prefix of it is one
		// ("&ampx;").
		return "", 0, false
	}
	return text, i + end + 1, true
}

func runLen(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }
