package nlp

import (
	_ "embed"

	"gopkg.in/neurosnap/sentences.v1"
)

// The English Punkt model, converted by cmd/genmodel from the JSON that
// gopkg.in/neurosnap/sentences.v1 ships, so that starting the engine does
// not unpack and decode JSON.
//
//go:embed models/punkt.bin
var punktModelBytes []byte

// loadPunktModel reads models/punkt.bin into Punkt's tables.
func loadPunktModel(b []byte) (*sentences.Storage, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	st := &sentences.Storage{}
	for _, t := range []struct {
		name string
		set  *sentences.SetString
	}{{"abbrev", &st.AbbrevTypes}, {"colloc", &st.Collocations}, {"starter", &st.SentStarters}, {"ortho", &st.OrthoContext}} {
		buf, offs, err := m.strings(t.name)
		if err != nil {
			return nil, err
		}
		vals, err := m.uvarints(t.name + ".v")
		if err != nil {
			return nil, err
		}
		if len(vals) != len(offs)-1 {
			return nil, errModel("punkt model: table " + t.name + " has mismatched values")
		}
		set := make(sentences.SetString, len(vals))
		for i, v := range vals {
			set[viewString(buf[offs[i]:offs[i+1]])] = int(v)
		}
		*t.set = set
	}
	return st, nil
}
