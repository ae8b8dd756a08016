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
// paragraphs rather than in code, tables or lists.
func isProse(doc *document) bool {
	prose, other := 0, 0
	for _, b := range doc.blocks {
		p, o := classifyBlock(doc.slice(b.start, b.end))
		prose += p
		other += o
	}
	return prose > 0 && prose >= other
}

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
		if isCodeLine(line) || isTableLine(line) || isListItem(line) {
			marked++
			markedChars += len(line)
		}
		ends += sentenceEnds(line)
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

// isCodeLine: program text has braces, semicolons and operators that
// prose almost never does.
func isCodeLine(line string) bool {
	switch line[len(line)-1] {
	case '{', '}', ';':
		return true
	}
	if strings.HasPrefix(line, "//") || strings.HasPrefix(line, "#include") || strings.HasPrefix(line, "/*") {
		return true
	}
	marks := 0
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '{', '}', ';', '=', '<', '>':
			marks++
		}
	}
	return marks >= 2
}

// isTableLine: a row of separated cells (commas, tabs, bars) that is not
// a sentence, or a line that is mostly digits and symbols.
func isTableLine(line string) bool {
	seps, letters, others := 0, 0, 0
	for _, r := range line {
		switch {
		case r == ',' || r == '\t' || r == '|':
			seps++
			others++
		case unicode.IsLetter(r):
			letters++
		case !unicode.IsSpace(r):
			others++
		}
	}
	if seps >= 2 && sentenceEnds(line) == 0 {
		return true
	}
	return others > letters
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

// sentenceEnds counts the sentence-final marks of line: ".", "!" or "?"
// (after a letter, a digit or a closing quote or bracket), followed by
// the line's end, a space or a closing quote. "3.5" and "U.S.A" inside
// a word do not count; a closing quote after the mark is allowed.
func sentenceEnds(line string) int {
	n := 0
	for i := 1; i < len(line); i++ {
		c := line[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(line[:i])
		if !unicode.IsLetter(prev) && !unicode.IsDigit(prev) && !strings.ContainsRune(`")’”'`, prev) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(line[i+1:])
		if i+1 == len(line) || next == ' ' || strings.ContainsRune(`")’”'`, next) {
			n++
		}
	}
	return n
}
