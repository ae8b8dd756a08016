package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

const tass = "../../nlp/testdata/tass-putin-nato.txt"

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

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{nil, {"frobnicate"}, {"analyze", "--jsonl", "--pretty"}, {"analyze", "--nope"}, {"analyze", "--summary", "-1"}} {
		var out, errb bytes.Buffer
		if code := run(args, nil, &out, &errb); code != 2 {
			t.Errorf("%q: exit %d, want 2", args, code)
		}
		if errb.Len() == 0 {
			t.Errorf("%q: no message on stderr", args)
		}
	}
	var out bytes.Buffer
	if code := run([]string{"version"}, nil, &out, &out); code != 0 || !strings.Contains(out.String(), schema.Version) {
		t.Errorf("version: %d %q", code, out.String())
	}
}
