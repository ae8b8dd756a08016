package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// parseStructure splits text into blocks and names the article's parts:
// kicker, headline, standfirst, byline, dateline and body. It works from the
// shape of the opening blocks (length, end punctuation, capitals), the way
// an editor recognizes them, not from any particular publisher's layout.
func parseStructure(text string) *document {
	doc := &document{text: text}
	doc.blocks = splitBlocks(text)
	classifyBlocks(doc)
	return doc
}

// splitBlocks splits on blank lines. A text with no blank line but several
// lines (common when pasting from some editors) is split on line breaks.
func splitBlocks(text string) []block {
	blocks := splitOn(text, true)
	if len(blocks) == 1 && strings.Count(text[blocks[0].start:blocks[0].end], "\n") > 0 {
		blocks = splitOn(text, false)
	}
	return blocks
}

// splitOn cuts text into trimmed, non-empty blocks at blank lines
// (blankOnly) or at every line break.
func splitOn(text string, blankOnly bool) []block {
	var blocks []block
	add := func(s, e int) {
		s, e = trimSpan(text, s, e)
		if s < e {
			blocks = append(blocks, block{start: s, end: e, textStart: s, kind: schema.ParagraphBody})
		}
	}
	start := 0
	lineStart := 0
	prevBlank := false
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		blank := strings.TrimFunc(text[lineStart:i], isSpace) == ""
		if !blankOnly {
			add(lineStart, i)
		} else if blank && !prevBlank {
			add(start, lineStart)
			start = i
		} else if blank {
			start = i
		}
		prevBlank = blank
		lineStart = i + 1
	}
	if blankOnly {
		add(start, len(text))
	}
	return blocks
}

// classifyBlocks labels the opening blocks; everything else stays body.
func classifyBlocks(doc *document) {
	b := doc.blocks
	i := 0
	// A kicker is a short label over the headline ("All news", "World",
	// "EXCLUSIVE"): a few words, no sentence punctuation, followed by a
	// longer title-like block.
	if len(b) > 2 && isTitleLike(doc, b[0]) && wordCount(doc.slice(b[0].start, b[0].end)) <= 4 &&
		isTitleLike(doc, b[1]) && !isByline(doc, b[1]) && !isDateBlock(doc, b[1]) &&
		wordCount(doc.slice(b[1].start, b[1].end)) > wordCount(doc.slice(b[0].start, b[0].end)) {
		b[0].kind = schema.ParagraphKicker
		i = 1
	}
	// The headline is the first block if it reads as a title and more
	// text follows it.
	if i < len(b)-1 && isTitleLike(doc, b[i]) {
		b[i].kind = schema.ParagraphHeadline
		i++
		// A standfirst is a second title-like block that is not a date
		// or byline, ahead of the body.
		if i < len(b)-1 && isTitleLike(doc, b[i]) && !isDateBlock(doc, b[i]) && !isByline(doc, b[i]) &&
			wordCount(doc.slice(b[i].start, b[i].end)) <= 45 {
			b[i].kind = schema.ParagraphStandfirst
			i++
		}
	}
	// Bylines and date-only lines sit among the first few blocks.
	for j := i; j < len(b) && j < i+3; j++ {
		switch {
		case isByline(doc, b[j]):
			b[j].kind = schema.ParagraphByline
		case isDateBlock(doc, b[j]):
			b[j].kind = schema.ParagraphDateline
			if doc.dateline == nil {
				doc.dateline = &dateline{block: j, start: b[j].start, end: b[j].end, date: doc.slice(b[j].start, b[j].end)}
			}
		}
	}
	// The first body paragraph may open with a wire dateline.
	for j := i; j < len(b) && j < i+4; j++ {
		if b[j].kind != schema.ParagraphBody {
			continue
		}
		if d := parseDateline(doc.text, b[j].start, b[j].end); d != nil {
			d.block = j
			doc.dateline = d
			// The running text starts after the dateline, but never
			// past its block: a block that is all dateline has none.
			b[j].textStart = skipSpace(doc.text[:b[j].end], d.end)
		}
		break
	}
}

// isTitleLike reports a one-line block that does not end like a sentence
// of running text: headlines and standfirsts are set without a full stop.
func isTitleLike(doc *document, b block) bool {
	s := doc.slice(b.start, b.end)
	if strings.ContainsRune(s, '\n') {
		return false
	}
	n := wordCount(s)
	if n == 0 || n > 45 {
		return false
	}
	if hasSentenceBreakInside(s) {
		return false // two sentences are running text, not a title
	}
	s = strings.TrimRight(s, "\"”’'")
	last, _ := utf8.DecodeLastRuneInString(s)
	return last != '.' && last != ':' && last != ';' && last != ','
}

func isByline(doc *document, b block) bool {
	s := doc.slice(b.start, b.end)
	return startsByline(s) && wordCount(s) <= 12 && !strings.ContainsRune(s, '\n')
}

func isDateBlock(doc *document, b block) bool {
	return isDateLine(doc.slice(b.start, b.end))
}

// wordCount counts runs of letters or digits, joined by apostrophes and
// hyphens. ASCII is classed by a table (readability.go's): it runs over
// every quote, where Unicode's tables cost more than the counting.
func wordCount(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		var w, mark bool
		if c := s[i]; c < utf8.RuneSelf {
			k := asciiWordClass[c]
			w, mark = k == wordAlnum, k == wordMark
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			w, mark = unicode.IsLetter(r) || unicode.IsDigit(r), r == '’'
			i += size
		}
		if w && !in {
			n++
		}
		in = w || (in && mark)
	}
	return n
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}
