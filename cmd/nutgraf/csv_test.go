package main

import (
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

func readCSV(t *testing.T, out string) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v\n%s", err, out)
	}
	return rows
}

// TestCSVEntities: one table of the entities of every input, file first.
func TestCSVEntities(t *testing.T) {
	r := runCLI(t, "", "analyze", "--csv", "entities", tass, pageHTML)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	rows := readCSV(t, r.stdout)
	if !slices.Equal(rows[0], entitiesHeader) {
		t.Fatalf("header %q", rows[0])
	}
	files := map[string]int{}
	var putin []string
	for _, row := range rows[1:] {
		files[row[0]]++
		if row[0] == tass && row[2] == "Vladimir Putin" {
			putin = row
		}
	}
	if files[tass] < 5 || files[pageHTML] < 3 || len(files) != 2 {
		t.Errorf("rows per file: %v", files)
	}
	if putin == nil {
		t.Fatal("no row for Vladimir Putin in the TASS article")
	}
	// id,name,type,mentions,salience,quotes,tone,aliases,roles
	if putin[1] != "e1" || putin[3] != "PERSON" || putin[5] != "1" || putin[6] != "15" {
		t.Errorf("Putin's row: %q", putin)
	}
	if !slices.Contains(strings.Split(putin[8], listSep), "Putin") || !slices.Contains(strings.Split(putin[9], listSep), "Russian President") {
		t.Errorf("Putin's aliases %q and roles %q", putin[8], putin[9])
	}
}

// TestCSVQuotes: one table of every input's quotes, with the speaker's
// name resolved and offsets that slice the text as the JSON's do; a
// failed input is reported on standard error, not in the table.
func TestCSVQuotes(t *testing.T) {
	missing := t.TempDir() + "/missing.txt"
	r := runCLI(t, "", "analyze", "--csv", "quotes", tass, missing, postMD)
	if r.code != 1 {
		t.Errorf("exit %d, want 1 for the missing file", r.code)
	}
	if want := "nutgraf: " + missing + ": no such file or directory\n"; r.stderr != want {
		t.Errorf("stderr %q, want %q", r.stderr, want)
	}
	if strings.Contains(r.stdout, "missing.txt") {
		t.Error("the failed input is in the table")
	}
	rows := readCSV(t, r.stdout)
	if !slices.Equal(rows[0], quotesHeader) {
		t.Fatalf("header %q", rows[0])
	}
	text := utf16.Encode([]rune(readFile(t, tass)))
	var warned []string
	n := 0
	for _, row := range rows[1:] {
		if row[0] != tass {
			continue
		}
		n++
		// file,id,kind,text,speaker_id,speaker,speaker_type,anonymous,source,cue,confidence,start,end
		start, end := atoi(t, row[11]), atoi(t, row[12])
		if got := string(utf16.Decode(text[start:end])); got != row[3] {
			t.Errorf("%s: start/end slice %q, want the quote %q", row[1], got, row[3])
		}
		if row[9] == "warned" {
			warned = row
		}
	}
	if n != 15 {
		t.Errorf("%d quotes of the TASS article, want 15", n)
	}
	if warned == nil || !strings.HasPrefix(warned[3], "But if this happens, then we will receive strikes") ||
		warned[2] != "direct" || warned[4] != "e1" || warned[5] != "Vladimir Putin" || warned[6] != "PERSON" ||
		warned[7] != "false" || warned[8] != "Putin" {
		t.Errorf("Putin's warning: %q", warned)
	}
	if !strings.Contains(r.stdout, postMD+",") {
		t.Error("no quotes from the Markdown post after the failed input")
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestCSVStdin: standard input's rows name it -, as the JSON does.
func TestCSVStdin(t *testing.T) {
	r := runCLI(t, readFile(t, tass), "analyze", "--csv", "quotes")
	rows := readCSV(t, r.stdout)
	if r.code != 0 || len(rows) != 16 || rows[1][0] != "-" {
		t.Errorf("exit %d, %d rows, file %q", r.code, len(rows), rows[1][0])
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{"=SUM(A1)": "'=SUM(A1)", "-5 points": "'-5 points", "@x": "'@x", "+1": "'+1", "Putin": "Putin", "": "", "-": "-", "+": "+", "--": "'--"} {
		if got := safeCell(in); got != want {
			t.Errorf("safeCell(%q) = %q, want %q", in, got, want)
		}
	}
}
