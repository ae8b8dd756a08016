package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The real articles committed in the repository (nlp's golden-file
// inputs) and the real-looking HTML and Markdown pages of textin's tests.
const (
	tass     = "../../nlp/testdata/tass-putin-nato.txt"
	pageHTML = "../../internal/textin/testdata/pinochet.html"
	postMD   = "../../internal/textin/testdata/arafat.md"
)

var articles = []string{
	tass,
	"../../nlp/testdata/news-afghan.txt",
	"../../nlp/testdata/news-centcom-carter-mosul.txt",
	"../../nlp/testdata/news-wn-pinochet-arrested.txt",
}

// articleHeadlines are the articles' headlines, as the engine finds them.
var articleHeadlines = []string{
	"Putin points to NATO's non-cooperation as undermining war on terror",
	"After visa snags, all-girl Afghan team honored for 'courageous achievement' at international robotics competition",
	"Carter, Iraqi Prime Minister Discuss Next Moves in Mosul Fight",
	"Pinochet arrested after Supreme Court ruling",
}

// result is what run did.
type result struct {
	code   int
	stdout string
	stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{code, out.String(), errb.String()}
}

// jsonLines decodes each line of JSON Lines output.
func jsonLines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<26)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line %d is not JSON: %v", len(lines)+1, err)
		}
		lines = append(lines, m)
	}
	return lines
}

// headline is an Analysis line's headline, or "".
func headline(line map[string]any) string {
	article, _ := line["article"].(map[string]any)
	h, _ := article["headline"].(map[string]any)
	s, _ := h["text"].(string)
	return s
}

// writeFile writes a file under dir, making its directories.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func readFile(t *testing.T, name string) string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}
