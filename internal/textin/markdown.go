package textin

import (
	"strings"
)

// MarkdownText reduces Markdown to the prose it renders as, so that the
// engine reads words and not markup. It is a light reduction, not a
// CommonMark renderer:
//
//   - a heading (# Title, or a title underlined with === or ---) loses its
//     marks and becomes a paragraph of its own;
//   - emphasis (*, _, **, __, ~~) loses its markers, a code span its
//     backticks, a backslash escape its backslash;
//   - a link [text](url) or [text][ref] becomes its text, an autolink
//     <https://...> its address; an image is dropped, as are link
//     reference definitions and thematic breaks;
//   - a block quote loses its > marks, a list item its bullet or number
//     (each item becomes a paragraph, as in the HTML reduction);
//   - a fenced code block keeps its lines as they are, without the fences;
//   - YAML (---) or TOML (+++) front matter is dropped, its title kept as
//     the headline when the text has no heading of its own first.
//
// Blank lines still separate paragraphs, and the lines of a paragraph stay
// lines. Brackets that are not links ("[sic]") stay as written.
func MarkdownText(src string) string {
	src = strings.ReplaceAll(src, "\r\n", "\n")
	lines := strings.Split(src, "\n")
	lines, title := frontMatter(lines)
	var r mdReader
	for _, line := range lines {
		r.line(line)
	}
	r.endBlock()
	if title != "" && (len(r.blocks) == 0 || !r.firstIsHeading) {
		r.blocks = append([]string{title}, r.blocks...)
	}
	return strings.Join(r.blocks, "\n\n")
}

// frontMatter removes a leading YAML or TOML front matter block and
// returns its title, if it has one.
func frontMatter(lines []string) ([]string, string) {
	if len(lines) == 0 {
		return lines, ""
	}
	fence := strings.TrimSpace(lines[0])
	if fence != "---" && fence != "+++" {
		return lines, ""
	}
	for i := 1; i < len(lines); i++ {
		l := strings.TrimSpace(lines[i])
		if l == fence || fence == "---" && l == "..." {
			if !startsWithKey(lines[1:i]) {
				break
			}
			return lines[i+1:], frontMatterTitle(lines[1:i])
		}
	}
	// A thematic break that opens the text, not front matter.
	return lines, ""
}

// startsWithKey reports whether the first line with text is a "key:" or
// "key =" line, as front matter's first line is and prose's seldom is.
func startsWithKey(lines []string) bool {
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		i := strings.IndexAny(l, ":=")
		if i < 0 || strings.TrimSpace(l[:i]) == "" {
			return false
		}
		for _, c := range strings.TrimSpace(l[:i]) {
			if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
				return false
			}
		}
		return true
	}
	return false
}

func frontMatterTitle(lines []string) string {
	for _, l := range lines {
		key, val, ok := strings.Cut(l, ":")
		if !ok {
			key, val, ok = strings.Cut(l, "=") // TOML
		}
		if !ok || strings.TrimSpace(key) != "title" {
			continue
		}
		val = strings.TrimSpace(val)
		if len(val) >= 2 && (val[0] == '"' || val[0] == '\'') && val[len(val)-1] == val[0] {
			val = val[1 : len(val)-1]
		}
		return val
	}
	return ""
}

// mdReader reads Markdown line by line into blocks of prose.
type mdReader struct {
	blocks         []string
	cur            []string // the lines of the block being read
	fence          string   // the open code fence's marker, or ""
	firstIsHeading bool
	inList         bool // cur is a list item
}

func (r *mdReader) line(line string) {
	if r.fence != "" {
		if isFenceClose(line, r.fence) {
			r.fence = ""
			r.endBlock()
			return
		}
		r.cur = append(r.cur, line)
		return
	}
	if f := fenceOpen(line); f != "" {
		r.endBlock()
		r.fence = f
		return
	}
	line = stripBlockQuote(line)
	trimmed := strings.TrimSpace(line)
	switch {
	case trimmed == "":
		r.endBlock()
	case isSetextUnderline(trimmed) && len(r.cur) > 0 && !r.inList:
		// The lines above are a heading.
		r.heading()
	case isThematicBreak(trimmed):
		r.endBlock()
	case isReferenceDefinition(trimmed):
	case atxLevel(line) > 0:
		r.endBlock()
		r.cur = append(r.cur, atxText(trimmed))
		r.heading()
	default:
		if rest, ok := listItem(line, len(r.cur) > 0 && !r.inList); ok {
			r.endBlock()
			r.inList = true
			r.cur = append(r.cur, inlineText(rest))
			return
		}
		// A line that was only an image reduces to nothing; it must not
		// become a blank line that splits the paragraph.
		if text := inlineText(trimmed); text != "" {
			r.cur = append(r.cur, text)
		}
	}
}

// heading ends the current block as a heading.
func (r *mdReader) heading() {
	if len(r.blocks) == 0 {
		r.firstIsHeading = true
	}
	r.endBlock()
}

func (r *mdReader) endBlock() {
	if text := strings.Join(r.cur, "\n"); strings.TrimSpace(text) != "" {
		r.blocks = append(r.blocks, text)
	}
	r.cur = r.cur[:0]
	r.inList = false
}

// fenceOpen returns the marker of a code fence that line opens (``` or
// ~~~, three or more), or "".
func fenceOpen(line string) string {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 || len(t) < 3 || t[0] != '`' && t[0] != '~' {
		return ""
	}
	n := len(t) - len(strings.TrimLeft(t, t[:1]))
	if n < 3 || t[0] == '`' && strings.Contains(t[n:], "`") {
		return ""
	}
	return t[:n]
}

// isFenceClose reports a line that closes a fence opened with marker: the
// same character, at least as many.
func isFenceClose(line, marker string) bool {
	t := strings.TrimSpace(line)
	return len(t) >= len(marker) && strings.Trim(t, marker[:1]) == ""
}

// stripBlockQuote removes a line's block quote marks ("> ", "> > ").
func stripBlockQuote(line string) string {
	for {
		t := strings.TrimLeft(line, " ")
		if len(line)-len(t) > 3 || !strings.HasPrefix(t, ">") {
			return line
		}
		line = strings.TrimPrefix(t[1:], " ")
	}
}

// isSetextUnderline reports a line of = or - alone (the line is trimmed).
func isSetextUnderline(t string) bool {
	return strings.Trim(t, "=") == "" || strings.Trim(t, "-") == ""
}

// isThematicBreak reports a line of three or more *, - or _ with only
// spaces between them.
func isThematicBreak(t string) bool {
	c := t[0]
	if c != '*' && c != '-' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isReferenceDefinition reports "[label]: url", which renders as nothing.
func isReferenceDefinition(t string) bool {
	if !strings.HasPrefix(t, "[") || strings.HasPrefix(t, "[^") {
		return false
	}
	end := strings.Index(t, "]:")
	return end > 1 && !strings.ContainsAny(t[1:end], "[]") && strings.TrimSpace(t[end+2:]) != ""
}

// atxLevel returns the level of an ATX heading line ("## Title"), or 0.
func atxLevel(line string) int {
	t := strings.TrimLeft(line, " ")
	if len(line)-len(t) > 3 {
		return 0
	}
	n := len(t) - len(strings.TrimLeft(t, "#"))
	if n == 0 || n > 6 || n < len(t) && t[n] != ' ' && t[n] != '\t' {
		return 0
	}
	return n
}

// atxText is a heading line's text, without its opening and closing #s.
func atxText(t string) string {
	t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	if closing := strings.TrimRight(t, "#"); closing == "" || strings.HasSuffix(closing, " ") {
		t = strings.TrimSpace(closing)
	}
	return inlineText(t)
}

// listItem returns the text of a list item line without its marker ("- ",
// "* ", "+ ", "1. ", "1) "). In a paragraph (interrupting), only a bullet
// or the number 1 starts a list, as in CommonMark, so that a wrapped line
// that happens to start with "2016. " stays prose.
func listItem(line string, interrupting bool) (string, bool) {
	t := strings.TrimLeft(line, " \t")
	if len(t) >= 2 && strings.IndexByte("-*+", t[0]) >= 0 && (t[1] == ' ' || t[1] == '\t') {
		return strings.TrimSpace(t[2:]), true
	}
	n := 0
	for n < len(t) && n < 9 && t[n] >= '0' && t[n] <= '9' {
		n++
	}
	if n == 0 || n+1 >= len(t) || t[n] != '.' && t[n] != ')' || t[n+1] != ' ' && t[n+1] != '\t' {
		return "", false
	}
	if interrupting && t[:n] != "1" {
		return "", false
	}
	return strings.TrimSpace(t[n+2:]), true
}
