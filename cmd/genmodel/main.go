// Command genmodel converts prose's trained models into Nutgraf's compact
// model files (nlp/models/*.bin), which the engine embeds and reads without
// gob or reflection. It is the only program that needs prose's model data:
// the engine does not import prose.
//
//	go run ./cmd/genmodel -out nlp/models
//
// The tagger's weights are averaged-perceptron weights that prose rounded to
// three decimals; they are stored as multiples of -tagquantum thousandths
// (scores are only compared, so one common unit changes nothing else).
// The entity model is trained by cmd/trainner, not converted.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

func main() {
	out := flag.String("out", "nlp/models", "folder to write the model files to")
	// 0.05: weights that small decide few tags; dropping them keeps the
	// tags' agreement with prose's at 99.911% of tokens and saves 4.8 KB
	// brotli, room the engine's 1.5 MB budget needed (0.1 fell to 99.891%).
	tagPrune := flag.Float64("tagprune", 0.05, "drop tagger weights whose magnitude is below this")
	// 44 thousandths (with no pruning): the tags agreed with prose's on 99.915% of
	// tokens (nlp/models_test.go requires 99.9%), and the model is a
	// quarter smaller served, which keeps the engine within 1.5 MB brotli.
	// (50 fell to 99.885%.)
	tagQuantum := flag.Float64("tagquantum", 44, "round tagger weights to multiples of this many thousandths")
	flag.Parse()
	if err := run(*out, *tagPrune, *tagQuantum); err != nil {
		fmt.Fprintln(os.Stderr, "genmodel:", err)
		os.Exit(1)
	}
}

func run(out string, tagPrune, tagQuantum float64) error {
	tagger, err := taggerModel(tagPrune, tagQuantum)
	if err != nil {
		return fmt.Errorf("tagger: %w", err)
	}
	punkt, err := punktModel()
	if err != nil {
		return fmt.Errorf("sentence model: %w", err)
	}
	for name, data := range map[string][]byte{"tagger.bin": tagger, "punkt.bin": punkt} {
		path := filepath.Join(out, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return err
		}
		fmt.Fprintf(os.Stderr, "genmodel: wrote %s (%d bytes)\n", path, len(data))
	}
	return nil
}
