package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestParallelKeepsInputOrder: 30 distinct articles analyzed by six
// workers come out in input order, each line exactly what one worker,
// analyzing them one by one, writes (timings aside).
func TestParallelKeepsInputOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(4, runtime.NumCPU())))
	dir := t.TempDir()
	var files, headlines []string
	for i := range 30 {
		// Each article cut to a different number of paragraphs and given
		// a last sentence of its own length, so that no two inputs give
		// the same Analysis and a swap would show.
		text := readFile(t, articles[i%len(articles)])
		paras := strings.Split(text, "\n\n")
		keep := min(2+i/len(articles), len(paras))
		text = strings.Join(paras[:keep], "\n\n") + "\n\nThis is a " + strings.Repeat("very ", i) + "late addition."
		files = append(files, writeFile(t, dir, fmt.Sprintf("in%02d.txt", i), text))
		headlines = append(headlines, articleHeadlines[i%len(articles)])
	}
	// Listed out of name order: the output follows the arguments.
	slices.Reverse(files[10:20])
	slices.Reverse(headlines[10:20])

	seq := runCLI(t, "", append([]string{"analyze", "--jsonl", "-j", "1"}, files...)...)
	par := runCLI(t, "", append([]string{"analyze", "--jsonl", "-j", "6"}, files...)...)
	if seq.code != 0 || par.code != 0 {
		t.Fatalf("exit %d and %d: %s%s", seq.code, par.code, seq.stderr, par.stderr)
	}
	want, got := withoutTimings(t, seq.stdout), withoutTimings(t, par.stdout)
	if len(got) != len(files) || len(want) != len(files) {
		t.Fatalf("%d and %d lines for %d inputs", len(want), len(got), len(files))
	}
	seen := map[string]bool{}
	for i, line := range jsonLines(t, par.stdout) {
		if got[i] != want[i] {
			t.Errorf("line %d (%s) differs between 1 and 6 workers", i+1, files[i])
		}
		if seen[got[i]] {
			t.Errorf("line %d is the same as an earlier one: the test cannot see a swap", i+1)
		}
		seen[got[i]] = true
		if h := headline(line); h != headlines[i] {
			t.Errorf("line %d has headline %q, want %s's %q", i+1, h, files[i], headlines[i])
		}
	}
}

// withoutTimings re-encodes each line without its timings, which differ
// from run to run.
func withoutTimings(t *testing.T, out string) []string {
	var lines []string
	for _, m := range jsonLines(t, out) {
		delete(m, "timings")
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		lines = append(lines, string(b))
	}
	return lines
}

// TestBadInputsKeepTheirPlace: every kind of bad input gives an error
// line in its place and a message on standard error; the good inputs
// around them are analyzed; the exit status is 1.
func TestBadInputsKeepTheirPlace(t *testing.T) {
	dir := t.TempDir()
	huge := filepath.Join(dir, "huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(6 << 20) // sparse: refused by its size, before it is read
	f.Close()
	bad := []struct{ name, reason string }{
		{filepath.Join(dir, "missing.txt"), "no such file or directory"},
		{writeFile(t, dir, "empty.txt", " \n\n\t"), "no text to analyze"},
		{writeFile(t, dir, "photo.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "not a text file"},
		{huge, "too large (6.0 MB; the limit is 5.0 MB)"},
		{dir, "a directory: use -r"},
		{writeFile(t, dir, "app.html", `<html><body><div id="app"></div><script>render()</script></body></html>`), "no article text in the page"},
	}
	args := []string{"analyze", "--jsonl", "-j", "3", articles[0]}
	for _, b := range bad {
		args = append(args, b.name, articles[3])
	}
	r := runCLI(t, "", args...)
	if r.code != 1 {
		t.Errorf("exit %d, want 1", r.code)
	}
	lines := jsonLines(t, r.stdout)
	if len(lines) != len(args)-4 {
		t.Fatalf("%d lines for %d inputs", len(lines), len(args)-4)
	}
	if headline(lines[0]) != "Putin points to NATO's non-cooperation as undermining war on terror" {
		t.Errorf("line 1: %v", headline(lines[0]))
	}
	for i, b := range bad {
		e, g := lines[1+2*i], lines[2+2*i]
		if e["file"] != b.name || !strings.Contains(fmt.Sprint(e["error"]), b.reason) || len(e) != 2 {
			t.Errorf("line %d = %v, want the error line of %s (%s)", 2+2*i, e, b.name, b.reason)
		}
		if headline(g) != "Pinochet arrested after Supreme Court ruling" {
			t.Errorf("line %d = %.80v, want the analysis of the good file after %s", 3+2*i, g, b.name)
		}
		if !strings.Contains(r.stderr, "nutgraf: "+b.name+": ") {
			t.Errorf("standard error does not report %s: %q", b.name, r.stderr)
		}
	}
}

// TestRecursive: -r walks a directory tree for the readable files only,
// in path order, skipping hidden ones; without -r a directory is an error.
func TestRecursive(t *testing.T) {
	dir := t.TempDir()
	story := readFile(t, articles[3])
	writeFile(t, dir, "b/2.md", "# "+story)
	writeFile(t, dir, "b/1.txt", story)
	writeFile(t, dir, "b.txt", story)
	writeFile(t, dir, "a/page.HTM", "<h1>Pinochet arrested</h1><p>Former Chilean dictator Augusto Pinochet was placed under house arrest.</p>")
	writeFile(t, dir, "a/page.html", readFile(t, pageHTML))
	writeFile(t, dir, "a/notes.pdf", "%PDF-1.4")
	writeFile(t, dir, "a/README", "not an article")
	writeFile(t, dir, ".git/x.txt", story)
	writeFile(t, dir, "a/.draft.txt", story)
	writeFile(t, dir, "empty/.keep.txt", "")
	if err := os.Symlink(filepath.Join(dir, "b.txt"), filepath.Join(dir, "c-link.txt")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "b"), filepath.Join(dir, "d-dirlink")); err != nil {
		t.Fatal(err)
	}
	want := []string{"a/page.HTM", "a/page.html", "b.txt", "b/1.txt", "b/2.md", "c-link.txt"}
	for i := range want {
		want[i] = filepath.Join(dir, want[i])
	}

	r := runCLI(t, "", "analyze", "-r", "--list", dir)
	if got := strings.Fields(r.stdout); r.code != 0 || !slices.Equal(got, want) {
		t.Fatalf("--list: exit %d\n%q\nwant\n%q", r.code, got, want)
	}
	// A link to a directory, named on the command line, is walked.
	link := filepath.Join(dir, "d-dirlink")
	r = runCLI(t, "", "analyze", "-r", "--list", link)
	if got, want := strings.Fields(r.stdout), []string{link + "/1.txt", link + "/2.md"}; !slices.Equal(got, want) {
		t.Errorf("--list %s: %q, want %q", link, got, want)
	}

	r = runCLI(t, "", "analyze", "--jsonl", dir, "-r") // a flag after the files
	lines := jsonLines(t, r.stdout)
	if r.code != 0 || len(lines) != len(want) {
		t.Fatalf("exit %d, %d lines, want %d: %s", r.code, len(lines), len(want), r.stderr)
	}
	for i, l := range lines {
		if h := headline(l); !strings.HasPrefix(h, "Pinochet arrested") {
			t.Errorf("%s: headline %q", want[i], h)
		}
	}

	r = runCLI(t, "", "analyze", "-r", "--jsonl", filepath.Join(dir, "empty"))
	if lines := jsonLines(t, r.stdout); r.code != 1 || len(lines) != 1 || !strings.Contains(fmt.Sprint(lines[0]["error"]), "no .txt, .md, .html or .htm files") {
		t.Errorf("a directory with nothing to read: exit %d, %v", r.code, lines)
	}
}

// TestStdinAndFlagsAnywhere: - is standard input wherever it is named,
// flags may follow files, and after -- a name that looks like a flag is
// a file.
func TestStdinAndFlagsAnywhere(t *testing.T) {
	dir := t.TempDir()
	odd := writeFile(t, dir, "--jsonl", readFile(t, articles[1]))
	stdin := readFile(t, articles[3])
	t.Chdir(dir)
	r := runCLI(t, stdin, "analyze", "-", "--summary", "1", "--", filepath.Base(odd))
	lines := jsonLines(t, r.stdout)
	if r.code != 0 || len(lines) != 2 {
		t.Fatalf("exit %d, %d lines: %s", r.code, len(lines), r.stderr)
	}
	if !strings.HasPrefix(headline(lines[0]), "Pinochet") || !strings.HasPrefix(headline(lines[1]), "After visa snags") {
		t.Errorf("headlines %q, %q", headline(lines[0]), headline(lines[1]))
	}
	if s, _ := lines[0]["summary"].([]any); len(s) != 1 {
		t.Errorf("--summary 1 after - gave %d sentences", len(s))
	}
}
