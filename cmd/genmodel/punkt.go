package main

import (
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"

	"github.com/nutgraf/nutgraf/internal/modelwrite"
)

// punktModel converts the English Punkt model that prose segments with
// (gopkg.in/neurosnap/sentences.v1's data/english.json, gzip'd JSON the
// engine would otherwise unpack and decode at every start). Each of its
// four tables is a sorted string list with a uvarint value per string:
// abbrev, colloc, starter, ortho (+ .v for the values).
func punktModel() ([]byte, error) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil, err
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		return nil, err
	}
	w := modelwrite.New()
	for _, t := range []struct {
		name string
		set  sentences.SetString
	}{{"abbrev", st.AbbrevTypes}, {"colloc", st.Collocations}, {"starter", st.SentStarters}, {"ortho", st.OrthoContext}} {
		keys := sortedKeys(t.set)
		vals := make([]int, len(keys))
		for i, k := range keys {
			vals[i] = t.set[k]
		}
		w.Section(t.name, modelwrite.FrontCoded(keys))
		w.Section(t.name+".v", modelwrite.Uvarints(vals))
	}
	return w.Bytes(), nil
}
