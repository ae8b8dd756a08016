package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"sort"

	"github.com/jdkato/prose/v2"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
)

// taggerModel converts prose's averaged-perceptron POS tagger.
// Sections: classes, tagdict.words + tagdict.class (the words prose tags
// from its dictionary), features + feature.n (entries per feature),
// entry.class + entry.weight (in quantum thousandths, zigzag varints).
// The emoticons prose tags SYM are the tokenizer's (nlp/tokenize.go).
func taggerModel(prune, quantum float64) ([]byte, error) {
	var weights map[string]map[string]float64
	var tagdict map[string]string
	var classes []string
	for name, v := range map[string]any{"weights.gob": &weights, "tags.gob": &tagdict, "classes.gob": &classes} {
		b, err := prose.Asset("model/AveragedPerceptron/" + name)
		if err != nil {
			return nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	sort.Strings(classes)
	classIdx := map[string]int{}
	for i, c := range classes {
		classIdx[c] = i
	}
	if len(classes) > 255 {
		return nil, fmt.Errorf("%d classes do not fit a byte", len(classes))
	}

	words := sortedKeys(tagdict)
	dictClass := make([]byte, len(words))
	for i, w := range words {
		c, ok := classIdx[tagdict[w]]
		if !ok {
			// A dictionary tag outside the classes: add it, the tagger
			// only needs its name.
			classes = append(classes, tagdict[w])
			c = len(classes) - 1
			classIdx[tagdict[w]] = c
		}
		dictClass[i] = byte(c)
	}

	feats := sortedKeys(weights)
	var counts []int
	var entClass []byte
	var entWeight []int64
	for _, f := range feats {
		labels := sortedKeys(weights[f])
		n := 0
		for _, l := range labels {
			w := weights[f][l]
			if w == 0 || math.Abs(w) < prune {
				continue
			}
			milli := math.Round(w * 1000)
			if math.Abs(milli-w*1000) > 1e-6 || math.Abs(milli) > math.MaxInt32 {
				return nil, fmt.Errorf("weight %v of %q/%s is not a thousandth that fits int32", w, f, l)
			}
			// Scores are only compared, so all weights may be divided by
			// one quantum: rounding to it is the only change.
			milli = math.Round(milli / quantum)
			c, ok := classIdx[l]
			if !ok {
				return nil, fmt.Errorf("weight for unknown class %q", l)
			}
			entClass = append(entClass, byte(c))
			entWeight = append(entWeight, int64(milli))
			n++
		}
		counts = append(counts, n)
	}

	// classes keep their index order (not re-sorted after additions), so
	// they are stored as a count-prefixed list of plain strings.
	w := modelwrite.New()
	w.Section("classes", modelwrite.PlainList(classes))
	w.Section("tagdict.words", modelwrite.FrontCoded(words))
	w.Section("tagdict.class", dictClass)
	w.Section("features", modelwrite.FrontCoded(feats))
	if err := w.SparseRows(counts, "entry.class", entClass, entWeight); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
