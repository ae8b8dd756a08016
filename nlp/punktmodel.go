package nlp

import (
	_ "embed"
)

// The English Punkt model, converted by cmd/genmodel from the JSON that
// gopkg.in/neurosnap/sentences.v1 ships, so that starting the engine does
// not unpack and decode JSON.
//
//go:embed models/punkt.bin
var punktModelBytes []byte

// punktModel is Punkt's model: four tables from a word type (or, for
// collocations, two types joined by a comma) to a number, 0 for a type
// the table lacks, as in the library's maps.
type punktModel struct {
	abbrev  punktTable // abbreviations (without their final period)
	colloc  punktTable // collocations: "type,type" pairs that span no sentence break
	starter punktTable // frequent sentence starters
	ortho   punktTable // orthographic context: punktOrtho* bits
}

// punktTable is one table as the model file stores it: sorted strings
// (strIndex) and a value for each. Loading only decodes the strings;
// hashing twenty thousand of them into a map took most of the model's
// start-up, and a lookup is a binary search that compares the type in
// parts, so that "type,type" is never built.
type punktTable struct {
	keys *strIndex
	vals []uint8
}

// get returns the value of s, or 0.
func (t *punktTable) get(s string) uint8 {
	// strIndex.find5 compares in parts; a whole string compares faster.
	lo, hi := 0, t.keys.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.keys.view(m) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < t.keys.len() && t.keys.view(lo) == s {
		return t.vals[lo]
	}
	return 0
}

// get3 returns the value of a+b+c, or 0.
func (t *punktTable) get3(a, b, c string) uint8 {
	if i := t.keys.find3(a, b, c); i >= 0 {
		return t.vals[i]
	}
	return 0
}

// loadPunktModel reads models/punkt.bin.
func loadPunktModel(b []byte) (*punktModel, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	pm := &punktModel{}
	for _, t := range []struct {
		name string
		tab  *punktTable
	}{{"abbrev", &pm.abbrev}, {"colloc", &pm.colloc}, {"starter", &pm.starter}, {"ortho", &pm.ortho}} {
		keys, err := m.index(t.name)
		if err != nil {
			return nil, err
		}
		vals, err := punktValues(m, t.name+".v", keys.len())
		if err != nil {
			return nil, err
		}
		*t.tab = punktTable{keys, vals}
	}
	return pm, nil
}

// punktValues reads a table's n values. Punkt's are small (the sets'
// are 1, the orthographic contexts' six bits), so each is one byte of the
// uvarint list: the section's bytes after the count are the values as
// they stand, and loading decodes nothing.
func punktValues(m modelFile, name string, n int) ([]uint8, error) {
	b, err := m.section(name)
	if err != nil {
		return nil, err
	}
	if count, k := uvarint(b); k > 0 && count == uint64(n) && len(b)-k == n {
		vals := b[k:]
		for _, v := range vals {
			if v >= 0x80 {
				return nil, errModel("punkt model: table " + name + " is malformed")
			}
		}
		return vals, nil
	}
	wide, err := m.uvarints(name)
	if err != nil {
		return nil, err
	}
	if len(wide) != n {
		return nil, errModel("punkt model: table " + name + " has mismatched values")
	}
	vals := make([]uint8, n)
	for i, v := range wide {
		if v > 0xff {
			return nil, errModel("punkt model: table " + name + " has a value over 255")
		}
		vals[i] = uint8(v)
	}
	return vals, nil
}
