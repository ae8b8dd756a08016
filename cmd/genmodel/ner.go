package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
)

// nerModel converts prose's maximum-entropy entity labeller. prose keys its
// weights by "feature-value-label"; here each "feature-value" is stored once
// with the weights of the labels it has, which is also how the engine scores
// a token: one lookup per feature, not one per feature and label.
// Sections: labels, wordlist (the "en-wordlist" feature's words), features
// + feature.n, entry.label + entry.weight (zigzag varints in units of
// nerQuantum: scores are only compared, so one unit changes nothing else).
// nerQuantum is the unit the entity model's weights are rounded to: most
// weights then fit a one-byte varint, and labels still agree with prose's
// on >99.9% of tokens (nlp/models_test.go).
const nerQuantum = 0.01

func nerModel(prune float64) ([]byte, error) {
	var mapping map[string]int
	var weights []float64
	var labels, wordlist []string
	for name, v := range map[string]any{"mapping.gob": &mapping, "weights.gob": &weights, "labels.gob": &labels, "words.gob": &wordlist} {
		b, err := prose.Asset("model/Maxent/" + name)
		if err != nil {
			return nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	labelIdx := map[string]int{}
	for i, l := range labels {
		labelIdx[l] = i
	}
	// Longest labels first, so that "…-B-GPE" is not read as label "GPE".
	bySuffix := append([]string(nil), labels...)
	sort.Slice(bySuffix, func(i, j int) bool { return len(bySuffix[i]) > len(bySuffix[j]) })

	type entry struct {
		label int
		w     float64
	}
	rows := map[string][]entry{}
	for key, idx := range mapping {
		if idx >= len(weights) {
			return nil, fmt.Errorf("mapping index %d past %d weights", idx, len(weights))
		}
		w := weights[idx]
		if math.Abs(w) < prune {
			continue
		}
		label := ""
		for _, l := range bySuffix {
			if strings.HasSuffix(key, "-"+l) {
				label = l
				break
			}
		}
		if label == "" {
			return nil, fmt.Errorf("mapping key %q has no label", key)
		}
		fv := key[:len(key)-len(label)-1]
		rows[fv] = append(rows[fv], entry{labelIdx[label], w})
	}
	feats := sortedKeys(rows)
	var counts []int
	var entLabel []byte
	var entWeight []int64
	for _, f := range feats {
		es := rows[f]
		sort.Slice(es, func(i, j int) bool { return es[i].label < es[j].label })
		counts = append(counts, len(es))
		for _, e := range es {
			entLabel = append(entLabel, byte(e.label))
			entWeight = append(entWeight, int64(math.Round(e.w/nerQuantum)))
		}
	}
	sort.Strings(wordlist)
	w := modelwrite.New()
	w.Section("labels", modelwrite.PlainList(labels))
	w.Section("wordlist", modelwrite.FrontCoded(wordlist))
	w.Section("features", modelwrite.FrontCoded(feats))
	if err := w.SparseRows(counts, "entry.label", entLabel, entWeight); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}
