package textin

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
)

// inlineText reduces a line of Markdown's inline markup to its text:
// emphasis markers, code span backticks, link syntax, images, escapes and
// character references go; the words stay.
//
// Every step is linear in the line's length: a file may hold one line of
// a million brackets or backticks, and it must cost what a line of prose
// costs. So brackets, parentheses and code spans are matched up front in
// single passes, a link's text is read in place rather than recursively,
// and emphasis runs are matched with a stack per marker character.
func inlineText(s string) string {
	m := markLine(s)
	pieces := m.scan()
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

// lineMarks is what reading a line needs to know ahead of where it is.
type lineMarks struct {
	s string
	// codeEnd maps the start of a code span's opening backtick run to the
	// start of its closing run.
	codeEnd map[int]int
	// closer maps a [ or ( outside code spans to its matching ] or ).
	closer map[int]int
}

func markLine(s string) *lineMarks {
	m := &lineMarks{s: s, codeEnd: map[int]int{}, closer: map[int]int{}}
	m.findCodeSpans()
	m.matchBrackets()
	return m
}

// findCodeSpans pairs each backtick run with the next run of the same
// length, left to right, as CommonMark does; a run without one is text.
func (m *lineMarks) findCodeSpans() {
	s := m.s
	type run struct{ at, n int }
	var runs []run
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++ // an escaped backtick opens nothing
		case '`':
			n := runLen(s, i, '`')
			runs = append(runs, run{i, n})
			i += n - 1
		}
	}
	next := make([]int, len(runs)) // the next run of the same length
	lastOfLen := map[int]int{}
	for k := len(runs) - 1; k >= 0; k-- {
		next[k] = -1
		if j, ok := lastOfLen[runs[k].n]; ok {
			next[k] = j
		}
		lastOfLen[runs[k].n] = k
	}
	for k := 0; k < len(runs); {
		if j := next[k]; j >= 0 {
			m.codeEnd[runs[k].at] = runs[j].at
			k = j + 1 // the runs between are inside the span
			continue
		}
		k++
	}
}

// matchBrackets pairs brackets and parentheses outside code spans, each
// closer with the nearest open one of its kind.
func (m *lineMarks) matchBrackets() {
	s := m.s
	var brackets, parens []int
	for i := 0; i < len(s); i++ {
		if end, ok := m.codeEnd[i]; ok {
			i = end + runLen(s, end, '`') - 1
			continue
		}
		switch s[i] {
		case '\\':
			i++
		case '[':
			brackets = append(brackets, i)
		case '(':
			parens = append(parens, i)
		case ']':
			if n := len(brackets); n > 0 {
				m.closer[brackets[n-1]] = i
				brackets = brackets[:n-1]
			}
		case ')':
			if n := len(parens); n > 0 {
				m.closer[parens[n-1]] = i
				parens = parens[:n-1]
			}
		}
	}
}

// link parses a link at s[i] == '[': [text](destination) or [text][ref].
// It returns where the text ends (its ]) and where the link ends.
func (m *lineMarks) link(i int) (textEnd, next int, ok bool) {
	s := m.s
	if i >= len(s) || s[i] != '[' {
		return 0, 0, false
	}
	end, ok := m.closer[i]
	if !ok || end+1 >= len(s) || s[end+1] != '(' && s[end+1] != '[' {
		return 0, 0, false
	}
	close, ok := m.closer[end+1]
	if !ok {
		return 0, 0, false
	}
	return end, close + 1, true
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

func (m *lineMarks) scan() []piece {
	s := m.s
	var out []piece
	var lit strings.Builder
	// resume maps the ] that ends a link's text to where the link ends:
	// the text is read in place, and its destination skipped there.
	resume := map[int]int{}
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
			if end, ok := m.codeEnd[i]; ok {
				lit.WriteString(s[i+n : end])
				i = end + n
				continue
			}
			lit.WriteString(s[i : i+n])
			i += n
			continue
		case '!':
			if _, next, ok := m.link(i + 1); ok {
				i = next // an image says nothing a reader reads
				continue
			}
		case '[':
			if textEnd, next, ok := m.link(i); ok {
				resume[textEnd] = next
				i++
				continue
			}
		case ']':
			if next, ok := resume[i]; ok {
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
// same character before it, and drops as many markers from both as they
// share; runs left unpaired ("a * b", a lone "_") stay as text.
func matchEmphasis(ps []piece) {
	openers := map[byte][]int{}
	for i := range ps {
		p := &ps[i]
		if p.delim == 0 {
			continue
		}
		matched := false
		for p.close && p.keep > 0 && len(openers[p.delim]) > 0 {
			st := openers[p.delim]
			o := &ps[st[len(st)-1]]
			n := min(o.keep, p.keep)
			o.keep -= n
			p.keep -= n
			matched = true
			if o.keep == 0 {
				openers[p.delim] = st[:len(st)-1]
			}
		}
		if !matched && p.open {
			openers[p.delim] = append(openers[p.delim], i)
		}
	}
}

// autolink parses <scheme:address> or <name@domain> at s[i] == '<' and
// returns the address. It reads no further than the first character an
// autolink cannot hold, so that a line of many '<' stays linear.
func autolink(s string, i int) (string, int, bool) {
	end := -1
	for j := i + 1; j < len(s); j++ {
		if s[j] == '>' {
			end = j
			break
		}
		if s[j] == ' ' || s[j] == '\t' || s[j] == '<' {
			return "", 0, false
		}
	}
	if end <= i+1 {
		return "", 0, false
	}
	inner := s[i+1 : end]
	scheme, _, isURI := strings.Cut(inner, ":")
	if isURI && len(scheme) >= 2 && len(scheme) <= 32 && isScheme(scheme) ||
		strings.Contains(inner, "@") && !strings.Contains(inner, ":") {
		return inner, end + 1, true
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

// maxCharRef is the longest character reference read: "&" + 31 + ";".
const maxCharRef = 33

// charRef decodes a character reference at s[i] == '&' (&amp;, &#8217;,
// &#x2019;). As in CommonMark, the semicolon is required, so "AT&T" and
// "R&D" stay as they are.
func charRef(s string, i int) (string, int, bool) {
	end := strings.IndexByte(s[i:min(len(s), i+maxCharRef+1)], ';')
	if end < 2 {
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
