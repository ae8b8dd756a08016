package app

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// loadTASS returns the sample article and the engine's analysis of it (as
// the worker sends it, then converted to byte offsets as the page does).
func loadTASS(t *testing.T) (string, *schema.Analysis) {
	t.Helper()
	text, err := os.ReadFile("../web/samples/tass-putin-nato.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/tass-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var a schema.Analysis
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if err := a.ToBytes(string(text)); err != nil {
		t.Fatal(err)
	}
	return string(text), &a
}

// flatten returns the text a block draws and the text of each mark in it.
func flatten(text string, nodes []*Node, marks map[string][]string) string {
	var b strings.Builder
	for _, n := range nodes {
		if n.Mark == nil {
			b.WriteString(text[n.Start:n.End])
			continue
		}
		inner := flatten(text, n.Children, marks)
		key := n.Mark.ID
		if n.Mark.Kind == MarkPart {
			key = n.Mark.Class
		}
		marks[key] = append(marks[key], inner)
		b.WriteString(inner)
	}
	return b.String()
}

func TestArticleBlocksTASS(t *testing.T) {
	text, a := loadTASS(t)
	blocks := ArticleBlocks(text, a)

	var classes []string
	marks := map[string][]string{}
	for _, b := range blocks {
		classes = append(classes, b.Class)
		if got := flatten(text, b.Nodes(), marks); got != text[b.Start:b.End] {
			t.Errorf("block %d..%d draws %q, want %q", b.Start, b.End, got, text[b.Start:b.End])
		}
	}
	want := "kicker headline standfirst paragraph paragraph paragraph paragraph paragraph paragraph paragraph paragraph"
	if got := strings.Join(classes, " "); got != want {
		t.Errorf("blocks %s, want %s", got, want)
	}
	// The dateline opens the first body paragraph; the headline is a block
	// of its own and is not marked again inside itself.
	if got := marks["dateline"]; len(got) != 1 || got[0] != "ST.PETERSBURG, June 2 / TASS /" {
		t.Errorf("dateline marks %q", got)
	}
	if got := marks["headline"]; len(got) != 0 {
		t.Errorf("headline marked inside its block: %q", got)
	}
	// Each quote is one element with the quote's text, and each mention
	// is drawn whole (no mention here crosses a quote).
	for _, q := range a.Quotes {
		if got := marks[q.ID]; len(got) != 1 || got[0] != text[q.Start:q.End] {
			t.Errorf("quote %s drawn as %q", q.ID, got)
		}
	}
	for _, e := range a.Entities {
		if got := len(marks[e.ID]); got != len(e.Mentions) {
			t.Errorf("entity %s (%s): %d marks, want %d", e.ID, e.Name, got, len(e.Mentions))
		}
	}
}

func TestArticleBlocksWithoutParagraphs(t *testing.T) {
	a := &schema.Analysis{}
	blocks := ArticleBlocks("Just text", a)
	if len(blocks) != 1 || blocks[0].Class != "paragraph" || blocks[0].End != len("Just text") {
		t.Fatalf("blocks = %+v", blocks)
	}
	if len(ArticleBlocks("", a)) != 0 {
		t.Error("an empty text has blocks")
	}
}
