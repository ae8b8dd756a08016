package nlp

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// rawQuote is a stretch of text inside quotation marks, before it is
// classified and attributed. Offsets are bytes: open/close are the marks,
// start/end the words between them (trimmed).
type rawQuote struct {
	block      int
	open       int // offset of the opening mark
	closeEnd   int // offset just after the closing mark (or the block end)
	start, end int
	closed     bool // false: no closing mark before the block ended
}

// quoted returns the text's stretches in quotation marks, scanning once.
func (doc *document) quoted() []rawQuote {
	if !doc.rawDone {
		doc.raw, doc.rawDone = scanQuotes(doc), true
	}
	return doc.raw
}

// quotesIn are the stretches in quotation marks inside [start, end).
func (doc *document) quotesIn(start, end int) []rawQuote {
	all := doc.quoted()
	i := sort.Search(len(all), func(i int) bool { return all[i].start >= start })
	var out []rawQuote
	for ; i < len(all) && all[i].start < end; i++ {
		if all[i].end <= end {
			out = append(out, all[i])
		}
	}
	return out
}

// scanQuotes finds the double-quoted stretches of every running-text
// block. Straight marks toggle; curly marks say which way they face.
// Single marks inside a double quote open and close a nested quote, which
// never ends the outer one; apostrophes (a letter on both sides) are not
// marks. A quote left open at the end of a block ends there: the
// convention that a quote running on to the next paragraph reopens it with
// a new opening mark means no text is swallowed past the paragraph.
func scanQuotes(doc *document) []rawQuote {
	var out []rawQuote
	for bi, b := range doc.blocks {
		if b.kind != schema.ParagraphBody && b.kind != schema.ParagraphStandfirst {
			continue
		}
		out = append(out, scanBlock(doc.text, bi, b.textStart, b.end)...)
	}
	return out
}

func scanBlock(text string, bi, from, to int) []rawQuote {
	var out []rawQuote
	in, nested := false, false
	open := 0
	emit := func(closeAt, closeEnd int, closed bool) {
		markLen := utf8RuneLen(text, open)
		s, e := trimSpan(text, open+markLen, closeAt)
		if s < e {
			out = append(out, rawQuote{block: bi, open: open, closeEnd: closeEnd, start: s, end: e, closed: closed})
		}
		in, nested = false, false
	}
	for i := from; i < to; {
		// Only quotation marks matter: ASCII ones, or curly ones, whose
		// UTF-8 starts with 0xE2. Other bytes are skipped undecoded.
		if c := text[i]; c != '"' && c != '\'' && c != 0xE2 {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		prev, next := runeBefore(text, i, from), runeAt(text, i+n, to)
		switch {
		case r == '“' || (r == '"' && !in) || (r == '”' && !in && opensHere(prev, next)):
			if in {
				break // a second opening mark inside a quote: keep the first
			}
			in, open = true, i
		case in && (r == '”' || r == '"'):
			emit(i, i+n, true)
		case in && !nested && (r == '‘' || r == '\'') && opensHere(prev, next):
			nested = true
		case in && nested && (r == '’' || r == '\'') && !isLetter(next):
			nested = false
		}
		i += n
	}
	if in {
		emit(to, to, false)
	}
	return out
}

// opensHere reports a mark placed as an opening one: after a space, a
// bracket or the start, and before a word.
func opensHere(prev, next rune) bool {
	return (prev == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–') &&
		(isLetter(next) || unicode.IsDigit(next) || next == '.' || next == '…')
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

func runeBefore(text string, i, from int) rune {
	if i <= from {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(text[from:i])
	return r
}

func runeAt(text string, i, to int) rune {
	if i >= to {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(text[i:to])
	return r
}

func utf8RuneLen(text string, i int) int {
	_, n := utf8.DecodeRuneInString(text[i:])
	return n
}
