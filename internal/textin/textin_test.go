package textin

import (
	"flag"
	"os"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the expected reductions in testdata")

// TestGoldenReductions reduces the real-looking pages in testdata and
// compares them with the reviewed text beside each (name + ".txt").
// Regenerate with go test ./internal/textin -update and review the diff.
func TestGoldenReductions(t *testing.T) {
	for _, name := range []string{"testdata/pinochet.html", "testdata/arafat.md"} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Reduce(FormatOf(name), data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if *update {
			if err := os.WriteFile(name+".txt", []byte(got+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		if got+"\n" != string(want) {
			t.Errorf("%s reduces to\n%s\nwant\n%s", name, got, want)
		}
	}
}

func TestFormatOf(t *testing.T) {
	for name, want := range map[string]Format{
		"a.txt": Text, "notes": Text, "a.MD": Markdown, "b.md": Markdown,
		"page.html": HTML, "PAGE.HTM": HTML, "story.text": Text, "dir.md/x.txt": Text,
	} {
		if got := FormatOf(name); got != want {
			t.Errorf("FormatOf(%q) = %v, want %v", name, got, want)
		}
	}
	for name, want := range map[string]bool{
		"a.txt": true, "b.md": true, "c.html": true, "d.HTM": true,
		"e.pdf": false, "f.jpg": false, "README": false, "g.markdown": false,
	} {
		if got := Readable(name); got != want {
			t.Errorf("Readable(%q) = %v", name, got)
		}
	}
	for in, want := range map[string]Format{"text": Text, "txt": Text, "Markdown": Markdown, "md": Markdown, "html": HTML, "htm": HTML} {
		if got, ok := ParseFormat(in); !ok || got != want {
			t.Errorf("ParseFormat(%q) = %v, %v", in, got, ok)
		}
	}
	if _, ok := ParseFormat("pdf"); ok {
		t.Error("ParseFormat accepts pdf")
	}
}

// paragraphs splits a reduction into its blocks.
func paragraphs(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "\n\n")
}
