package app

import (
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestMdText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Putin points to NATO", "Putin points to NATO"},
		{"*bold* and _it_", `\*bold\* and \_it\_`},
		{"[a link](http://x.example)", `\[a link\](http://x.example)`},
		{"![img](x.png)", `\!\[img\](x.png)`},
		{"<script>alert(1)</script>", `\<script\>alert(1)\</script\>`},
		{"a | b", `a \| b`},
		{"`code` ~~gone~~", "\\`code\\` \\~\\~gone\\~\\~"},
		{"&amp; &#42;", `\&amp; \&\#42;`},
		{`back\slash`, `back\\slash`},
		{"# not a heading", `\# not a heading`},
		{"- not a list", `\- not a list`},
		{"+ nor this", `\+ nor this`},
		{"1. nor this", `1\. nor this`},
		{"2017) nor this", `2017\) nor this`},
		{"2017 was a year", "2017 was a year"},
		{"two\n\nparagraphs\r\n  and\ttabs", "two paragraphs and tabs"},
		{"bell\x07", "bell"},
		{"U.S. (Reuters)", "U.S. (Reuters)"},
	}
	for _, tt := range tests {
		if got := mdText(tt.in); got != tt.want {
			t.Errorf("mdText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMarkdownReport(t *testing.T) {
	d := insightsDoc(t, nil)
	a := d.Analysis
	md := string(MarkdownReport(d))
	for _, want := range []string{
		"# Putin points to NATO",
		"## Overview\n", "- Reading time: 2 min\n", "- Flesch–Kincaid grade: 11.9 (high school)\n",
		"- Tone: Negative (slightly negative, −0.12 of −1 to +1)\n", "- 436 words\n",
		"## Summary\n\n1. first\n2. second\n",
		"## Key phrases\n\n- NATO (", "- terrorism (",
		"## Who and what\n", "### People\n", "**Vladimir Putin** — ",
		"## Who says what\n", "% of the quoted words\n",
		"## Tone\n", "- Loaded words: undermining\n", "- Hedges: believes\n",
		"## Readability\n", "| Gunning fog | 14.1 (US grade; college) | ",
		"## Dates and figures\n",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(md, "## Summary") && strings.Index(md, "## Summary") > strings.Index(md, "## Key phrases") {
		t.Error("the summary comes after the key phrases")
	}
	if n := strings.Count(md, "\n- “"); n != len(a.Quotes) {
		t.Errorf("the report lists %d quotes, the Analysis has %d", n, len(a.Quotes))
	}
	// No line of the report is a stray block: every line is blank, a
	// heading, a list item, a table row, the note or the byline.
	for _, l := range strings.Split(md, "\n") {
		if l == "" || strings.HasPrefix(l, "#") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "|") ||
			strings.HasPrefix(l, "*Analyzed") || strings.HasPrefix(l, "> ") || l[0] >= '0' && l[0] <= '9' {
			continue
		}
		if !strings.HasPrefix(l, "Slightly negative") {
			t.Errorf("unexpected line %q", l)
		}
	}
}

// TestMarkdownReportEscapes: Markdown in the article (a headline, a
// quote, a key phrase, a summary sentence, an entity's name) stays text.
func TestMarkdownReportEscapes(t *testing.T) {
	const evil = "*Hi* [x](javascript:alert(1)) <b>|</b>\n# H"
	d := insightsDoc(t, func(text string, a *schema.Analysis) {
		a.Article.Headline.Text = evil
		a.Keyphrases[0].Text = evil
		a.Summary[0].Text = evil
		a.Quotes[0].Text = evil
		a.Entities[0].Name = evil
		a.Language.Warning = evil
	})
	md := string(MarkdownReport(d))
	safe := `\*Hi\* \[x\](javascript:alert(1)) \<b\>\|\</b\> \# H`
	if n := strings.Count(md, safe); n < 6 {
		t.Errorf("the escaped text appears %d times, want 6 (headline, warning, summary, key phrase, entity, quote):\n%s", n, md)
	}
	if strings.Contains(md, "](javascript") && !strings.Contains(md, `\](javascript`) || strings.Contains(md, "<b>") || strings.Contains(md, "\n# H") {
		t.Errorf("unescaped Markdown from the article:\n%s", md)
	}
}

func TestMarkdownReportWithoutInsights(t *testing.T) {
	d := insightsDoc(t, func(text string, a *schema.Analysis) {
		a.Keyphrases, a.Summary, a.Tone, a.Readability, a.Dates, a.Figures = nil, nil, nil, nil, nil, nil
		a.Article.Headline = nil
	})
	md := string(MarkdownReport(d))
	for _, want := range []string{"# Untitled article\n", "## Tone\n\nNot measured.\n", "No running text to measure."} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	for _, absent := range []string{"## Summary", "## Key phrases", "## Dates and figures"} {
		if strings.Contains(md, absent) {
			t.Errorf("the report has %q with nothing to put under it", absent)
		}
	}
}

// A repaired text says so in the report, as a note, its message escaped.
func TestMarkdownReportRepairs(t *testing.T) {
	d := insightsDoc(t, func(text string, a *schema.Analysis) {
		a.Repairs = []schema.Repair{{Kind: schema.RepairInvalidUTF8, Count: 3, Message: "3 bytes were not *valid* UTF-8"}}
	})
	md := string(MarkdownReport(d))
	if !strings.Contains(md, `> **Repaired:** 3 bytes were not \*valid\* UTF-8`) {
		t.Errorf("the report does not note the repair:\n%s", md)
	}
}
