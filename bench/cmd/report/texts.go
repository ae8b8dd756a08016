package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// texts are the two inputs every analyzer gets, read once here so that
// the word count behind every words/s figure is the same number.
type texts struct {
	TASS, Big        string // paths
	TASSBytes, Bytes int
	Words            int // \S+ runs in the long text
}

var word = regexp.MustCompile(`\S+`)

// findTexts locates the TASS article (the repo's copy of the shared one)
// and prose's sherlock.txt (580 KB) in prose's module directory.
func findTexts(repo string) (texts, error) {
	var t texts
	t.TASS = filepath.Join(repo, "nlp", "testdata", "tass-putin-nato.txt")
	list := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/jdkato/prose/v2")
	list.Dir = repo
	out, err := list.Output()
	if err != nil {
		return t, fmt.Errorf("finding prose's module (go list -m github.com/jdkato/prose/v2): %w", err)
	}
	t.Big = filepath.Join(strings.TrimSpace(string(out)), "testdata", "sherlock.txt")
	tass, err := os.ReadFile(t.TASS)
	if err != nil {
		return t, err
	}
	big, err := os.ReadFile(t.Big)
	if err != nil {
		return t, err
	}
	t.TASSBytes, t.Bytes = len(tass), len(big)
	t.Words = len(word.FindAllIndex(big, -1))
	return t, nil
}
