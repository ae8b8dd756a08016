package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func analyzeOneFile(t *testing.T, stdin string, args ...string) *schema.Analysis {
	t.Helper()
	r := runCLI(t, stdin, append([]string{"analyze"}, args...)...)
	if r.code != 0 {
		t.Fatalf("%q: exit %d: %s", args, r.code, r.stderr)
	}
	var a schema.Analysis
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

// TestHTMLPage: a news page is analyzed as its article: the <h1> is the
// headline, the dateline and body paragraphs follow, and nothing of the
// page's scripts, navigation or asides reaches the engine.
func TestHTMLPage(t *testing.T) {
	a := analyzeOneFile(t, "", pageHTML)
	if a.Article.Headline == nil || a.Article.Headline.Text != "Pinochet arrested after Supreme Court ruling" {
		t.Errorf("headline %+v", a.Article.Headline)
	}
	body := 0
	for _, p := range a.Paragraphs {
		if p.Kind == schema.ParagraphBody {
			body++
		}
	}
	if body < 6 {
		t.Errorf("%d body paragraphs, want the article's 6 or more", body)
	}
	var names []string
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	all := strings.Join(names, "|")
	for _, want := range []string{"Augusto Pinochet", "Supreme Court", "Santiago", "Salvador Allende"} {
		if !strings.Contains(all, want) {
			t.Errorf("no entity %q in %s", want, all)
		}
	}
	for _, furniture := range []string{"Wikinews", "Kissinger", "Politics", "World"} {
		if strings.Contains(all, furniture) {
			t.Errorf("entity from the page's furniture: %q", furniture)
		}
	}
	// The same page from standard input, told its format.
	piped := analyzeOneFile(t, readFile(t, pageHTML), "--format", "html")
	if piped.Article.Headline == nil || piped.Article.Headline.Text != a.Article.Headline.Text || len(piped.Entities) != len(a.Entities) {
		t.Error("--format html on standard input reads the page differently")
	}
}

// TestMarkdownPost: a Markdown post is analyzed as its prose: the heading
// is the headline, and the quote behind the emphasis is attributed.
func TestMarkdownPost(t *testing.T) {
	a := analyzeOneFile(t, "", postMD)
	if a.Article.Headline == nil || a.Article.Headline.Text != "Brazilian delegation returns from Arafat funeral" {
		t.Errorf("headline %+v", a.Article.Headline)
	}
	speakers := map[string]string{}
	for _, e := range a.Entities {
		speakers[e.ID] = e.Name
	}
	found := false
	for _, q := range a.Quotes {
		if q.Speaker != nil && speakers[*q.Speaker] == "Jamil Murad" && strings.Contains(q.Text, "deep mourning") {
			found = true
		}
	}
	if !found {
		t.Errorf("Jamil Murad's quote not found in %+v", a.Quotes)
	}
	for _, e := range a.Entities {
		if strings.ContainsAny(e.Name, "*_[]()") {
			t.Errorf("markup in entity %q", e.Name)
		}
	}
}
