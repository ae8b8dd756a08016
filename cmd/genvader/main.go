// Command genvader writes nlp/models/vader.bin, the VADER sentiment
// lexicon that nlp's tone stage scores sentences with, from the lexicon
// the npm package vader-sentiment 1.1.3 ships (C.J. Hutto's VADER, MIT).
// The package is pinned in nlp/testdata/vader, where the tone tests run it
// as the reference; `make vader` installs it and runs this.
//
//	go run ./cmd/genvader -vader nlp/testdata/vader/node_modules/vader-sentiment -out nlp/models
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
)

func main() {
	pkg := flag.String("vader", "nlp/testdata/vader/node_modules/vader-sentiment", "the installed vader-sentiment package")
	out := flag.String("out", "nlp/models", "the folder to write vader.bin to")
	flag.Parse()
	if err := run(*pkg, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genvader:", err)
		os.Exit(1)
	}
}

func run(pkg, out string) error {
	lex, err := readLexicon(filepath.Join(pkg, "vader_lexicon.txt"))
	if err != nil {
		return err
	}
	words := make([]string, 0, len(lex))
	for w := range lex {
		words = append(words, w)
	}
	sort.Strings(words)
	valences := make([]byte, len(words))
	for i, w := range words {
		valences[i] = byte(int8(lex[w]))
	}
	mw := modelwrite.New()
	mw.Section("words", modelwrite.FrontCoded(words))
	mw.Section("valence10", valences)
	path := filepath.Join(out, "vader.bin")
	if err := os.WriteFile(path, mw.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("genvader: %d words to %s (%d bytes)\n", len(words), path, len(mw.Bytes()))
	return nil
}

// readLexicon reads the tab-separated lexicon: word, mean valence (one
// decimal), then the raters' spread, which VADER does not use. Valences
// are kept exactly, in tenths. The package's JavaScript lexicon is this
// file as an object literal, so a word listed twice takes its last
// valence, as there. Words the scorer can never look up are left out:
// it looks up a lower-cased token that holds no white space.
func readLexicon(path string) (map[string]int, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	lex := map[string]int{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return nil, fmt.Errorf("%s:%d: want word<TAB>valence", path, n)
		}
		w, v := cols[0], cols[1]
		tenths, err := parseTenths(v)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if w != strings.ToLower(w) || strings.ContainsAny(w, " \t") || !ascii(w) {
			continue
		}
		lex[w] = tenths
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(lex) == 0 {
		return nil, errors.New(path + ": no words")
	}
	return lex, nil
}

// parseTenths reads a valence such as -1.5 as -15, refusing one that
// tenths would not hold exactly or a signed byte would not fit.
func parseTenths(s string) (int, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	t := math.Round(f * 10)
	if strconv.FormatFloat(t/10, 'f', -1, 64) != strconv.FormatFloat(f, 'f', -1, 64) || math.Abs(t) > 127 {
		return 0, fmt.Errorf("valence %s is not a whole number of tenths within ±12.7", s)
	}
	return int(t), nil
}

// ascii reports whether w is ASCII. The scorer lower-cases only ASCII
// (nlp/vader.go, lowerLikeJS), so it needs ASCII words; the lexicon's two
// others (":-Þ", ":Þ") are upper case, which no lookup can find anyway.
func ascii(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}
