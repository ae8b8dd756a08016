package main

import (
	"bytes"
	"encoding/gob"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/jdkato/prose/v2"
)

// nerModel converts prose's maximum-entropy entity labeller. prose keys its
// weights by "feature-value-label"; here each "feature-value" is stored once
// with the weights of the labels it has, which is also how the engine scores
// a token: one lookup per feature, not one per feature and label.
// Sections: labels, wordlist (the "en-wordlist" feature's words), features
// + feature.n, entry.label + entry.weight (int16, times scale), scale.
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
	maxAbs := 0.0
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
		maxAbs = math.Max(maxAbs, math.Abs(w))
	}
	scale := maxAbs / math.MaxInt16
	feats := sortedKeys(rows)
	var counts []int
	var entLabel []byte
	var entWeight []int16
	for _, f := range feats {
		es := rows[f]
		sort.Slice(es, func(i, j int) bool { return es[i].label < es[j].label })
		counts = append(counts, len(es))
		for _, e := range es {
			entLabel = append(entLabel, byte(e.label))
			entWeight = append(entWeight, int16(math.Round(e.w/scale)))
		}
	}
	sort.Strings(wordlist)
	w := newModelWriter()
	w.section("labels", plainList(labels))
	w.section("wordlist", frontCoded(wordlist))
	w.section("features", frontCoded(feats))
	w.section("feature.n", uvarints(counts))
	w.section("entry.label", entLabel)
	w.section("entry.weight", int16s(entWeight))
	w.section("scale", float64Bytes(scale))
	return w.bytes(), nil
}
