package main

import (
	"encoding/binary"
	"fmt"
	"math"
	"sort"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
	"github.com/nutgraf/nutgraf/internal/nercorpus"
	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

// model is the trained weights as the engine stores them: features by
// hash, sorted, each with its (label, weight) entries, weights integers in
// units of quantum.
type model struct {
	hashes  []uint32
	counts  []int
	classes []byte
	weights []int64
	quantum float64
	index   map[uint32]int // hash -> feature, for scoring here
}

// quantize keeps the averaged weights of magnitude prune or more, as
// integers: the unit is chosen so that 99% of them fit a signed byte.
func quantize(p *perceptron, prune float64) *model {
	var mags []float64
	for _, w := range p.feats {
		for _, v := range w.w {
			if math.Abs(v) >= prune {
				mags = append(mags, math.Abs(v))
			}
		}
	}
	sort.Float64s(mags)
	m := &model{quantum: 1, index: map[uint32]int{}}
	if len(mags) > 0 {
		m.quantum = mags[len(mags)*99/100] / 127
	}
	for h := range p.feats {
		m.hashes = append(m.hashes, h)
	}
	sort.Slice(m.hashes, func(i, j int) bool { return m.hashes[i] < m.hashes[j] })
	kept := m.hashes[:0]
	for _, h := range m.hashes {
		n := 0
		for k, v := range p.feats[h].w {
			q := math.Round(v / m.quantum)
			if math.Abs(v) < prune || q == 0 {
				continue
			}
			m.classes = append(m.classes, byte(k))
			m.weights = append(m.weights, int64(q))
			n++
		}
		if n > 0 {
			m.index[h] = len(kept)
			kept = append(kept, h)
			m.counts = append(m.counts, n)
		}
	}
	m.hashes = kept
	return m
}

// scores sums the quantized weights of feats, as the engine will.
func (m *model) scores(feats []uint32, starts []int) [nLabels]float64 {
	var s [nLabels]float64
	for _, f := range feats {
		i, ok := m.index[f]
		if !ok {
			continue
		}
		for e := starts[i]; e < starts[i+1]; e++ {
			s[m.classes[e]] += float64(m.weights[e])
		}
	}
	return s
}

func (m *model) starts() []int {
	s := make([]int, len(m.counts)+1)
	for i, c := range m.counts {
		s[i+1] = s[i] + c
	}
	return s
}

// encode writes the model file: labels, feature hashes (uvarint deltas)
// and their weights (modelwrite.SparseRows).
func (m *model) encode() ([]byte, error) {
	w := modelwrite.New()
	w.Section("labels", modelwrite.PlainList(nerfeat.Labels[:]))
	hs := binary.AppendUvarint(nil, uint64(len(m.hashes)))
	prev := uint32(0)
	for _, h := range m.hashes {
		hs = binary.AppendUvarint(hs, uint64(h-prev))
		prev = h
	}
	w.Section("hashes", hs)
	if err := w.SparseRows(m.counts, "entry.label", m.classes, m.weights); err != nil {
		return nil, err
	}
	return w.Bytes(), nil
}

// encodeGazetteer writes the gazetteer file: the words, sorted, and two
// bytes of flags each (little-endian). It is a file of its own because its licence
// (ODbL, from world-countries) differs from the model's (CC BY-SA).
func encodeGazetteer(gaz map[string]nerfeat.Flags) ([]byte, error) {
	words := make([]string, 0, len(gaz))
	for g := range gaz {
		words = append(words, g)
	}
	sort.Strings(words)
	flags := make([]byte, 0, 2*len(words))
	for _, g := range words {
		flags = binary.LittleEndian.AppendUint16(flags, uint16(gaz[g]))
	}
	w := modelwrite.New()
	w.Section("words", modelwrite.FrontCoded(words))
	w.Section("flags", flags)
	return w.Bytes(), nil
}

// reportScores labels held-out sentences with the quantized model and
// prints exact-span P/R/F1 per type.
func reportScores(name string, m *model, sents []nercorpus.Sentence, gaz map[string]nerfeat.Flags) {
	starts := m.starts()
	byType := map[string]*nercorpus.Counts{}
	var feats []uint32
	for _, s := range sents {
		ws := words(s.Tokens, gaz)
		caps := nerfeat.CapsLine(ws)
		pred := make([]string, len(ws))
		for i, l := range nerfeat.Viterbi(len(ws), func(i, prev int) [nLabels]float64 {
			feats = nerfeat.Features(feats[:0], ws, i, prev, caps)
			return m.scores(feats, starts)
		}) {
			pred[i] = nerfeat.Labels[l]
		}
		nercorpus.Score(byType, nercorpus.Spans(s.Labels), nercorpus.Spans(pred))
	}
	var all nercorpus.Counts
	for _, t := range []string{"PER", "ORG", "LOC"} {
		c := nercorpus.Counts{}
		if byType[t] != nil {
			c = *byType[t]
		}
		all.Add(c)
		fmt.Printf("%-36s %-4s %s\n", name, t, prf(c))
	}
	fmt.Printf("%-36s %-4s %s\n", name, "all", prf(all))
}

func prf(c nercorpus.Counts) string {
	p, r, f := c.PRF()
	return fmt.Sprintf("gold %5d  P %.3f  R %.3f  F1 %.3f", c.TP+c.FN, p, r, f)
}
