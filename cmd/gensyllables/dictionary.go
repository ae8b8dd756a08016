package main

import (
	"bufio"
	"errors"
	"os"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/syllable"
)

// readDictionary reads the package's index.js, an object literal of one
// entry a line ("word": "F OW1 N Z",), into each word's syllable count:
// its vowel phonemes, the ones that carry a stress digit. Alternative
// pronunciations ("word(2)") are skipped: the first is the commonest.
// Only words of lower-case letters and inner apostrophes are kept, the
// shapes the engine looks up ("a.m." and the like it counts as words of
// letters anyway).
func readDictionary(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dict := map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		key, val, ok := strings.Cut(line, ": ")
		if !ok || !strings.HasPrefix(key, `"`) {
			continue
		}
		w, err1 := strconv.Unquote(key)
		p, err2 := strconv.Unquote(strings.TrimSuffix(val, ","))
		if err1 != nil || err2 != nil || !plainWord(w) {
			continue
		}
		n := 0
		for _, ph := range strings.Fields(p) {
			if c := ph[len(ph)-1]; '0' <= c && c <= '2' {
				n++
			}
		}
		if n > 0 {
			dict[w] = n
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(dict) < 100000 {
		return nil, errors.New(path + ": only " + strconv.Itoa(len(dict)) + " words; is it the CMU dictionary?")
	}
	return dict, nil
}

func plainWord(w string) bool {
	if w == "" || w[0] == '\'' || w[len(w)-1] == '\'' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('a' <= c && c <= 'z' || c == '\'') {
			return false
		}
	}
	return true
}

// rules is the engine's spelling-rule count.
func rules(w string) int { return syllable.Rules(w) }
