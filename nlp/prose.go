package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Is the text running prose? Tables, code and lists have words but not
// sentences, and the insights (tone, quotes, readability) mean little on
// them. isProse weighs the text's paragraphs by their length: a paragraph
// is prose when most of its lines are not code, table rows or list items
// and it has enough sentence ends for its lines (hard-wrapped prose has
// one every two or three lines; a column of names has none). One-line
// paragraphs without a sentence end (headlines, bylines, datelines) count
// neither way.

// Readers' warnings, plain sentences for the page to show as they are.
const (
	warnNotEnglish = "This text does not read as English, so its entities, quotes and tone may be wrong."
	warnNotProse   = "This text is mostly not running prose (a table, code or a list), so its insights may mean little."
)

// languageWarning is the warning for a reader, or "": not being prose
// says more of code or a table than not being English does.
func languageWarning(l schema.Language) string {
	switch {
	case !l.Prose:
		return warnNotProse
	case l.Code != "en":
		return warnNotEnglish
	}
	return ""
}

// isProse reports whether most of doc's text, by characters, is in prose
// paragraphs rather than in code, tables or lists. A long text is judged
// on a sample, so that about proseSample bytes are read: every k-th
// paragraph, standing for the k it is one of, and every big paragraph
// (a table or listing is often one block) by its first bigBlock bytes,
// standing for all of it. Scanning a whole book's lines cost 3 ms of the
// analysis; the sample costs a tenth of that.
func isProse(doc *document) bool {
	k := max(1, len(doc.text)/proseSample)
	prose, other := 0, 0
	for i, b := range doc.blocks {
		n := b.end - b.start
		big := n >= bigBlock
		if !big && i%k != 0 {
			continue
		}
		p, o := classifyBlock(doc.slice(b.start, min(b.end, b.start+bigBlock)))
		weight := n
		if !big {
			weight *= k
		}
		if p > 0 {
			prose += weight
		} else if o > 0 {
			other += weight
		}
	}
	return prose > 0 && prose >= other
}

// proseSample is about how many bytes isProse reads: all of any article.
// bigBlock is what it reads of a big paragraph.
const (
	proseSample = 64 << 10
	bigBlock    = 4 << 10
)

// classifyBlock returns how many of block's characters count as prose and
// how many as not prose (both 0 for a line that counts neither way).
func classifyBlock(block string) (prose, other int) {
	lines, marked, markedChars, ends := 0, 0, 0, 0
	for line := range strings.Lines(block) {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		lines++
		st := scanLine(line)
		if st.isCode(line) || st.isTable() || isListItem(line) {
			marked++
			markedChars += len(line)
		}
		ends += st.ends
	}
	n := len(block)
	switch {
	case lines == 0:
		return 0, 0
	case 2*markedChars >= n:
		return 0, n
	case ends > 0 && 4*ends >= lines:
		return n, 0
	case lines == 1 && marked == 0 && len(block) < 120:
		return 0, 0 // a headline, a byline, a date
	}
	return 0, n
}

// lineStats counts what tells a line of prose from code or a table row,
// in one pass over its bytes (the whole text is scanned: it must be
// quick).
type lineStats struct {
	seps      int // cell separators: commas, tabs, bars
	letters   int
	others    int // neither letters nor spaces, separators included
	codeMarks int // { } ; = < >
	ends      int // sentence ends (sentenceEnds)
}

// ASCII character classes for scanLine.
const (
	lineOther = iota
	lineLetter
	lineSpace
	lineSep
	lineCode
	lineEnd // . ! ?
)

var lineClass = func() (t [utf8.RuneSelf]byte) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
			t[c] = lineLetter
		case c == ' ', c == '\n', c == '\r', c == '\v', c == '\f':
			t[c] = lineSpace
		case c == ',', c == '\t', c == '|':
			t[c] = lineSep
		case strings.IndexByte("{};=<>", byte(c)) >= 0:
			t[c] = lineCode
		case c == '.', c == '!', c == '?':
			t[c] = lineEnd
		}
	}
	return t
}()

func scanLine(line string) lineStats {
	var st lineStats
	for i := 0; i < len(line); i++ {
		c := line[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(line[i:])
			switch {
			case unicode.IsLetter(r):
				st.letters++
			case !unicode.IsSpace(r):
				st.others++
			}
			i += size - 1
			continue
		}
		switch lineClass[c] {
		case lineLetter:
			st.letters++
		case lineSep:
			st.seps++
			st.others++
		case lineCode:
			st.codeMarks++
			st.others++
		case lineEnd:
			st.others++
			if isSentenceEnd(line, i) {
				st.ends++
			}
		case lineOther:
			st.others++
		}
	}
	return st
}

// isCode: program text has braces, semicolons and operators that prose
// almost never does.
func (st lineStats) isCode(line string) bool {
	switch line[len(line)-1] {
	case '{', '}', ';':
		return true
	}
	return st.codeMarks >= 2 || strings.HasPrefix(line, "//") || strings.HasPrefix(line, "/*") || strings.HasPrefix(line, "#include")
}

// isTable: a row of separated cells that is not a sentence, or a line
// that is mostly digits and symbols.
func (st lineStats) isTable() bool {
	return st.seps >= 2 && st.ends == 0 || st.others > st.letters
}

// isListItem: a line opening with a bullet or an item number ("- ", "•",
// "3. ", "b) ") that is not a full sentence.
func isListItem(line string) bool {
	rest, ok := "", false
	for _, b := range []string{"- ", "* ", "• ", "· ", "– ", "— ", "▪ "} {
		if r, found := strings.CutPrefix(line, b); found {
			rest, ok = r, true
			break
		}
	}
	if !ok {
		i := 0
		for i < len(line) && i < 3 && (isDigit(line[i]) || i == 0 && 'a' <= line[i] && line[i] <= 'z') {
			i++
		}
		if i > 0 && i+1 < len(line) && (line[i] == '.' || line[i] == ')') && line[i+1] == ' ' {
			rest, ok = line[i+2:], true
		}
	}
	return ok && (sentenceEnds(rest) == 0 || strings.Count(rest, " ") < 10)
}

// sentenceEnds counts the sentence-final marks of line (isSentenceEnd).
func sentenceEnds(line string) int {
	n := 0
	for i := 1; i < len(line); i++ {
		if c := line[i]; (c == '.' || c == '!' || c == '?') && isSentenceEnd(line, i) {
			n++
		}
	}
	return n
}

// isSentenceEnd tells whether the ".", "!" or "?" at line[i] ends a
// sentence: after a letter, a digit or a closing quote or bracket, and
// followed by the line's end, a space or a closing quote. "3.5" and
// "U.S.A" inside a word do not count.
func isSentenceEnd(line string, i int) bool {
	if i == 0 {
		return false
	}
	prev, _ := utf8.DecodeLastRuneInString(line[:i])
	if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && !strings.ContainsRune(`")’”'`, prev) {
		return false
	}
	if i+1 == len(line) {
		return true
	}
	next, _ := utf8.DecodeRuneInString(line[i+1:])
	return next == ' ' || strings.ContainsRune(`")’”'`, next)
}
