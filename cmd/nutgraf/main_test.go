package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestAnalyzeFilePretty(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"analyze", "--pretty", tass}, nil, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var a schema.Analysis
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if a.Schema != schema.Version || a.Article.Headline == nil {
		t.Errorf("schema %q headline %+v", a.Schema, a.Article.Headline)
	}
	if !strings.Contains(out.String(), "\n  \"schema\"") {
		t.Error("--pretty output is not indented")
	}
}

// TestJSONLKeepsOrderAndGoesPastBadFiles: one line per input in input
// order, an error line for the unreadable one, exit status 1.
func TestJSONLKeepsOrderAndGoesPastBadFiles(t *testing.T) {
	dir := t.TempDir()
	short := filepath.Join(dir, "short.txt")
	if err := os.WriteFile(short, []byte("Storm hits coast\n\nWater rose fast. Residents fled."), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("  \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	var out, errb bytes.Buffer
	code := run([]string{"analyze", "--jsonl", tass, missing, short, empty}, nil, &out, &errb)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	var lines []map[string]any
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line is not JSON: %v", err)
		}
		lines = append(lines, m)
	}
	if len(lines) != 4 {
		t.Fatalf("%d lines, want 4", len(lines))
	}
	if lines[0]["schema"] != schema.Version || lines[2]["schema"] != schema.Version {
		t.Error("lines 1 and 3 should be analyses")
	}
	for _, i := range []int{1, 3} {
		if lines[i]["error"] == nil || lines[i]["file"] == nil {
			t.Errorf("line %d = %v, want an error line", i+1, lines[i])
		}
	}
	if !strings.Contains(lines[3]["error"].(string), "empty") {
		t.Errorf("empty file error = %v", lines[3]["error"])
	}
}

func TestAnalyzeStdin(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader(`"We will not yield," said Angela Merkel.`)
	if code := run([]string{"analyze"}, in, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var a schema.Analysis
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Quotes) != 1 {
		t.Errorf("%d quotes, want 1", len(a.Quotes))
	}
}

// TestSummaryFlag checks that --summary reaches the engine.
func TestSummaryFlag(t *testing.T) {
	var out, errb bytes.Buffer
	in := strings.NewReader("Storm closes the harbour\n\nA storm closed the harbour of Dover on Tuesday. " +
		"Ferries were stranded with their passengers. The port authority said the harbour would reopen soon.")
	if code := run([]string{"analyze", "--summary", "1"}, in, &out, &errb); code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	var a schema.Analysis
	if err := json.Unmarshal(out.Bytes(), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Summary) != 1 {
		t.Errorf("%d summary sentences, want 1", len(a.Summary))
	}
}

// TestUsageErrors: a wrong command line gets a short usage on standard
// error, nothing on standard output, and exit status 2.
func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		nil, {"frobnicate"}, {"analyze", "--jsonl", "--pretty"}, {"analyze", "--nope"},
		{"analyze", "--summary", "-1"}, {"analyze", "--csv", "people"}, {"analyze", "--csv", "quotes", "--jsonl"},
		{"analyze", "-j", "0"}, {"analyze", "--format", "pdf"}, {"analyze", "--summary"},
	} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if !strings.Contains(errb.String(), "usage: nutgraf analyze") || out.Len() > 0 {
			t.Errorf("%q: stderr %q, stdout %q", args, errb.String(), out.String())
		}
	}
}

// TestHelp: every way of asking for help prints the manual, with its
// sections in order, on standard output, and exits 0.
func TestHelp(t *testing.T) {
	sections := []string{"NAME", "SYNOPSIS", "DESCRIPTION", "OPTIONS", "INPUT FORMATS", "OUTPUT", "EXIT STATUS", "EXAMPLES"}
	for _, args := range [][]string{{"help"}, {"--help"}, {"-h"}, {"analyze", "--help"}, {"analyze", "-h"}, {"analyze", "a.txt", "--help"}} {
		r := runCLI(t, "", args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
		at := 0
		for _, s := range sections {
			i := strings.Index(r.stdout[at:], "\n"+s+"\n")
			if i < 0 && !(at == 0 && strings.HasPrefix(r.stdout, s+"\n")) {
				t.Errorf("%q: no section %s after byte %d", args, s, at)
				continue
			}
			at += max(i, 0) + len(s)
		}
		if !strings.Contains(r.stdout, schema.Version) {
			t.Errorf("%q: the manual does not name the schema", args)
		}
		for _, line := range strings.Split(r.stdout, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("a line of %d characters, past a terminal's 80: %q", n, line)
			}
		}
	}
	// Every flag the command takes is described under OPTIONS.
	options := manual[strings.Index(manual, "\nOPTIONS\n"):strings.Index(manual, "\nINPUT FORMATS\n")]
	for _, flag := range []string{"--jsonl", "--pretty", "--csv", "-r", "--recursive", "--format", "--summary", "-j N", "--jobs N", "--progress", "--no-progress", "--list", "-h", "--help"} {
		if !strings.Contains(options, flag+",") && !strings.Contains(options, flag+"\n") && !strings.Contains(options, flag+" ") {
			t.Errorf("flag %s is not described", flag)
		}
	}
}

func TestVersion(t *testing.T) {
	r := runCLI(t, "", "version")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "nutgraf ") || !strings.Contains(r.stdout, "(schema "+schema.Version+")") {
		t.Errorf("version: %d %q", r.code, r.stdout)
	}
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "0e6572a8c1f2d3e4"}}
	for _, c := range []struct {
		info debug.BuildInfo
		want string
	}{
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: rev}, "0e6572a"},
		{debug.BuildInfo{Settings: append(rev, debug.BuildSetting{Key: "vcs.modified", Value: "true"})}, "0e6572a-dirty"},
		{debug.BuildInfo{Settings: append(rev, debug.BuildSetting{Key: "vcs.modified", Value: "false"})}, "0e6572a"},
		{debug.BuildInfo{Main: debug.Module{Version: "v1.2.0"}}, "v1.2.0"},
		{debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, "dev"},
	} {
		if got := buildVersion(&c.info); got != c.want {
			t.Errorf("buildVersion(%+v) = %q, want %q", c.info, got, c.want)
		}
	}
}

// TestNoProgressBarUnlessTerminal: standard error that is not a terminal
// gets no bar (only the failed input's message); --progress forces one,
// and it is cleared at the end; --no-progress, given last, wins.
func TestNoProgressBarUnlessTerminal(t *testing.T) {
	missing := t.TempDir() + "/missing.txt"
	r := runCLI(t, "", "analyze", "--jsonl", articles[0], missing, articles[1])
	if want := "nutgraf: " + missing + ": no such file or directory\n"; r.stderr != want {
		t.Errorf("stderr %q, want only %q", r.stderr, want)
	}
	r = runCLI(t, "", "analyze", "--progress", "--jsonl", articles[0], articles[1])
	if !strings.HasPrefix(r.stderr, "\r[") || !strings.Contains(r.stderr, "/2 files") || !strings.HasSuffix(r.stderr, " \r") {
		t.Errorf("--progress: stderr %q", r.stderr)
	}
	r = runCLI(t, "", "analyze", "--progress", "--jsonl", articles[0], "--no-progress")
	if r.stderr != "" {
		t.Errorf("--no-progress: stderr %q", r.stderr)
	}
}
