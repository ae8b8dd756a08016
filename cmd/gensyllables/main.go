// Command gensyllables builds nlp/models/syllables.bin, the engine's table
// of syllable counts from the CMU Pronouncing Dictionary, from the npm
// package cmu-pronouncing-dictionary pinned in ./node (make syllables).
//
//	go run ./cmd/gensyllables -dict cmd/gensyllables/node/node_modules/cmu-pronouncing-dictionary/index.js
//
// The table keeps only what the engine needs: words whose dictionary count
// differs from the spelling rules' (nlp/syllable), and of those only the
// common ones: the words the tagger knows (nlp/models/tagger.bin, the
// words frequent enough in prose's training text to be kept) and the short
// words (-maxlen letters or fewer), which are the commonest in any text.
// Measured over the 22,097 dictionary word tokens of the shared articles
// (go run ./cmd/gensyllables -articles ../shared/articles), the rules
// alone agree with the dictionary on 94.76%; with the tagger's words on
// 98.15% (4.1 KB brotli); with those or words up to 5 letters 98.58%
// (7.0 KB); up to 6, 98.80% (10.6 KB); up to 7, 99.06% (16.0 KB); with
// every differing word 100% (36.5 KB, over the engine's budget). Past 5
// letters each tenth of a point costs more than a kilobyte and a half.
// With -articles it reports, over the word tokens of those articles, how
// often the rules alone and the rules with the table agree with the
// dictionary, for this and other choices of words.
package main

import (
	"flag"
	"fmt"
	"os"
	"sort"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
)

func main() {
	dictPath := flag.String("dict", "cmd/gensyllables/node/node_modules/cmu-pronouncing-dictionary/index.js", "the package's index.js")
	vocabPath := flag.String("vocab", "nlp/models/tagger.bin", "the tagger model whose dictionary words the table is limited to")
	out := flag.String("out", "nlp/models/syllables.bin", "file to write")
	maxLen := flag.Int("maxlen", 5, "also keep every differing word of at most this many letters")
	articles := flag.String("articles", "", "folder of .txt articles to report agreement on (nothing is written)")
	flag.Parse()
	if err := run(*dictPath, *vocabPath, *out, *articles, *maxLen); err != nil {
		fmt.Fprintln(os.Stderr, "gensyllables:", err)
		os.Exit(1)
	}
}

func run(dictPath, vocabPath, out, articles string, maxLen int) error {
	dict, err := readDictionary(dictPath)
	if err != nil {
		return err
	}
	vocab, err := readVocabulary(vocabPath)
	if err != nil {
		return err
	}
	if articles != "" {
		return report(dict, vocab, articles, os.Getenv("GENSYLLABLES_DUMP"))
	}
	words := differing(dict, func(w string) bool { return vocab[w] || len(w) <= maxLen })
	data := encode(dict, words)
	if err := os.WriteFile(out, data, 0o644); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gensyllables: wrote %s (%d words, %d bytes)\n", out, len(words), len(data))
	return nil
}

// encode writes the table: "words", the sorted words front-coded, and
// "syllables", each word's count as a byte.
func encode(dict map[string]int, words []string) []byte {
	counts := make([]byte, len(words))
	for i, w := range words {
		counts[i] = byte(dict[w])
	}
	m := modelwrite.New()
	m.Section("words", modelwrite.FrontCoded(words))
	m.Section("syllables", counts)
	return m.Bytes()
}

// differing lists, sorted, the dictionary's words that keep passes and
// whose count the rules get wrong.
func differing(dict map[string]int, keep func(string) bool) []string {
	var out []string
	for w, n := range dict {
		if keep(w) && rules(w) != n {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
