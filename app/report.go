package app

import (
	"math"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// ReportName is the file name the Markdown report is saved under.
const ReportName = "nutgraf-report.md"

// MarkdownReport writes the whole analysis of d as a Markdown document
// for a reader: the headline, the overview's numbers, the summary, the
// key phrases, the entities by type with their roles, the quotes by
// speaker with their share of voice, the tone, the readability formulas,
// and the dates and figures. Every piece of the article's text in it goes
// through mdText, so that the article's own asterisks, brackets or
// angle brackets are shown as written and never make links, emphasis or
// HTML.
func MarkdownReport(d *Doc) []byte {
	a := d.Analysis
	var b strings.Builder
	line := func(parts ...string) {
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteByte('\n')
	}
	section := func(title string) { line(); line("## ", title); line() }

	headline := "Untitled article"
	if h := a.Article.Headline; h != nil && strings.TrimSpace(h.Text) != "" {
		headline = h.Text
	}
	line("# ", mdText(headline))
	line()
	line("*Analyzed in the browser by Nutgraf (", mdText(a.Schema), ").*")
	if a.Language.Warning != "" {
		line()
		line("> **Note:** ", mdText(a.Language.Warning))
	}
	for _, r := range a.Repairs {
		line()
		line("> **Repaired:** ", mdText(r.Message))
	}

	section("Overview")
	for _, s := range d.Stats {
		v := s.Value + " " + s.Label
		if s.Key == "reading-time" || s.Key == "grade" || s.Key == "flesch" || s.Key == "tone" || s.Key == "language" {
			v = capitalize(s.Label) + ": " + s.Value
		}
		if s.Note != "" {
			v += " (" + s.Note + ")"
		}
		line("- ", mdText(v))
	}

	if len(a.Summary) > 0 {
		section("Summary")
		for i, it := range a.Summary {
			line(strconv.Itoa(i+1), ". ", mdText(it.Text))
		}
	}

	if len(a.Keyphrases) > 0 {
		section("Key phrases")
		for _, k := range a.Keyphrases {
			n := len(k.Occurrences)
			line("- ", mdText(k.Text), " (", thousands(n), " ", plural(n, "occurrence", "occurrences"), ")")
		}
	}

	section("Who and what")
	if len(d.Entities) == 0 {
		line("No people, places or organizations found.")
	}
	for _, g := range d.Entities {
		line("### ", mdText(g.Label))
		line()
		for _, e := range g.Entities {
			s := "- **" + mdText(e.Name) + "**"
			if len(e.Roles) > 0 {
				s += " — " + mdText(strings.Join(e.Roles, ", "))
			}
			s += " (" + thousands(e.Mentions) + " " + plural(e.Mentions, "mention", "mentions") + ")"
			line(s)
		}
		line()
	}

	section("Who says what")
	if len(a.Quotes) == 0 {
		line("No quotes found.")
	}
	for _, g := range d.Speakers {
		n := len(g.Quotes)
		head := "### " + mdText(g.Name) + " — " + thousands(n) + " " + plural(n, "quote", "quotes")
		if g.Words > 0 {
			head += ", " + strconv.Itoa(int(math.Round(100*g.Share))) + "% of the quoted words"
		}
		line(head)
		line()
		for _, q := range g.Quotes {
			s := "- “" + mdText(q.Text) + "”"
			if q.Cue != nil && q.Cue.Text != "" {
				s += " — " + mdText(q.Cue.Text)
			}
			s += " *(" + q.Kind + ")*"
			line(s)
		}
		line()
	}

	section("Tone")
	if t := a.Tone; t != nil {
		line(mdText(capitalize(ToneWords(t.Score, t.Label))+", "+signed(t.Score)+" on a scale of −1 to +1."), " ",
			thousands(t.Positive), " positive, ", thousands(t.Negative), " negative and ",
			thousands(t.Neutral), " neutral sentences.")
		for _, kind := range []string{"loaded", "hedge"} {
			var words []string
			for _, m := range t.Markers {
				if m.Kind == kind {
					words = append(words, mdText(m.Text))
				}
			}
			if len(words) > 0 {
				line()
				line("- ", markerLabel(kind), "s: ", strings.Join(words, ", "))
			}
		}
	} else {
		line("Not measured.")
	}

	section("Readability")
	if fs := ReadabilityFormulas(a.Readability); len(fs) > 0 {
		line("| Formula | Score | Counts used |")
		line("| --- | --- | --- |")
		for _, f := range fs {
			line("| ", f.Name, " | ", f.Value, " (", mdText(f.Note), ") | ", f.Uses, " |")
		}
	} else {
		line("No running text to measure.")
	}

	if len(a.Dates)+len(a.Figures) > 0 {
		section("Dates and figures")
		for _, v := range append(append([]schema.Value(nil), a.Dates...), a.Figures...) {
			s := "- " + mdText(v.Text) + " — " + ValueType(v.Type)
			if v.Value != "" {
				s += ": `" + strings.ReplaceAll(v.Value, "`", "'") + "`"
			}
			if v.Approximate {
				s += " (approximate)"
			}
			line(s)
		}
	}
	return []byte(b.String())
}

// mdText makes text from the article safe to put in a line of Markdown,
// as inline text: its white space (line breaks too) becomes single spaces,
// so it cannot end the line it is on or start a block of its own; every
// character that can make Markdown (CommonMark and GitHub's) — emphasis,
// code, links, images, HTML, entities, table cells, strikethrough,
// headings — is escaped with a backslash; and so is a start that would
// make a list item, quote or heading were it at the start of a line.
func mdText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	for _, r := range s {
		if r < ' ' || r == 0x7f {
			continue // control characters: nothing a reader wants
		}
		if strings.ContainsRune("\\`*_[]<>|~&#!", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	// A leading "-", "+", "=" or "1." / "1)" would start a list (or a
	// setext underline) where the text begins a line.
	if out != "" && strings.ContainsRune("-+=", rune(out[0])) {
		return "\\" + out
	}
	digits := 0
	for digits < len(out) && out[digits] >= '0' && out[digits] <= '9' {
		digits++
	}
	if digits > 0 && digits < len(out) && (out[digits] == '.' || out[digits] == ')') {
		return out[:digits] + "\\" + out[digits:]
	}
	return out
}
