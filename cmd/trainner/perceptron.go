package main

import (
	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

const nLabels = len(nerfeat.Labels)

// weights of one feature, with what averaging needs: the running total
// of each weight over time and when it last changed.
type weights struct {
	w, total [nLabels]float64
	stamp    [nLabels]int
}

// perceptron is an averaged perceptron over hashed features (Collins
// 2002): the averaged weights generalize far better than the last ones.
type perceptron struct {
	feats map[uint32]*weights
	time  int
	// seen counts each feature's occurrences in the first pass, so that
	// features too rare to have learned anything can be dropped.
	seen     map[uint32]int32
	counting bool
}

func newPerceptron() *perceptron {
	return &perceptron{feats: map[uint32]*weights{}, seen: map[uint32]int32{}, counting: true}
}

// scores adds the current weights of feats.
func (p *perceptron) scores(feats []uint32) [nLabels]float64 {
	var s [nLabels]float64
	for _, f := range feats {
		if w := p.feats[f]; w != nil {
			for k := range s {
				s[k] += w.w[k]
			}
		}
	}
	return s
}

// average replaces the weights by their averages over all steps.
func (p *perceptron) average() {
	for _, w := range p.feats {
		for k := range w.w {
			total := w.total[k] + float64(p.time-w.stamp[k])*w.w[k]
			w.w[k] = total / float64(p.time)
		}
	}
}

// adjust adds delta to label k's weight of each of feats, at the current
// time (the trainer advances p.time a step per token).
func (p *perceptron) adjust(feats []uint32, k int, delta float64) {
	for _, f := range feats {
		w := p.feats[f]
		if w == nil {
			w = &weights{}
			p.feats[f] = w
		}
		w.total[k] += float64(p.time-w.stamp[k]) * w.w[k]
		w.stamp[k] = p.time
		w.w[k] += delta
	}
}
