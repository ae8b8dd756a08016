package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode"
)

// report prints, for several choices of the table's words, its size and
// how many word tokens of the articles (those the dictionary holds) get
// the dictionary's count, to choose the table by numbers.
func report(dict map[string]int, vocab map[string]bool, dir, dump string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return err
	}
	var tokens []string
	for _, f := range files {
		if filepath.Base(f) == "README.txt" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		tokens = append(tokens, articleWords(string(b))...)
	}
	inDict := 0
	for _, w := range tokens {
		if _, ok := dict[w]; ok {
			inDict++
		}
	}
	fmt.Printf("%d word tokens, %d in the dictionary\n", len(tokens), inDict)
	choices := []struct {
		name string
		keep func(string) bool
	}{
		{"rules only", func(string) bool { return false }},
		{"tagger vocabulary", func(w string) bool { return vocab[w] }},
		{"length <= 6", func(w string) bool { return len(w) <= 6 }},
		{"vocabulary or <= 5", func(w string) bool { return vocab[w] || len(w) <= 5 }},
		{"vocabulary or <= 6", func(w string) bool { return vocab[w] || len(w) <= 6 }},
		{"vocabulary or <= 7", func(w string) bool { return vocab[w] || len(w) <= 7 }},
		{"length <= 8", func(w string) bool { return len(w) <= 8 }},
		{"all", func(string) bool { return true }},
	}
	for _, c := range choices {
		words := differing(dict, c.keep)
		table := map[string]bool{}
		for _, w := range words {
			table[w] = true
		}
		right := 0
		for _, w := range tokens {
			n, ok := dict[w]
			if ok && (table[w] || rules(w) == n) {
				right++
			}
		}
		if dump != "" {
			os.WriteFile(filepath.Join(dump, strings.ReplaceAll(c.name, " ", "_")+".bin"), encode(dict, words), 0o644)
		}
		fmt.Printf("%-20s %6d words %8d bytes raw  agreement %.2f%%\n", c.name, len(words), len(encode(dict, words)),
			100*float64(right)/float64(max(inDict, 1)))
	}
	return nil
}

// articleWords are the lower-cased words of text: runs of letters with
// inner apostrophes (curly ones straightened), hyphenated compounds
// taken part by part, as the dictionary lists them.
func articleWords(text string) []string {
	text = strings.ReplaceAll(text, "’", "'")
	f := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' })
	out := f[:0]
	for _, w := range f {
		if w = strings.Trim(w, "'"); w != "" {
			out = append(out, w)
		}
	}
	return out
}
