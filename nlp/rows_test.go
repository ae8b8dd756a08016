package nlp

import (
	"encoding/binary"
	"strings"
	"testing"
)

// modelBytes writes a model file from name/payload pairs.
func modelBytes(sections ...[]byte) []byte {
	b := []byte(modelMagic)
	for _, s := range sections {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	return b
}

// bigList writes an "entry.big" payload: (distance, weight) pairs.
func bigList(pairs ...int) []byte {
	b := binary.AppendUvarint(nil, uint64(len(pairs)/2))
	for i := 0; i < len(pairs); i += 2 {
		b = binary.AppendUvarint(b, uint64(pairs[i]))
		b = binary.AppendVarint(b, int64(pairs[i+1]))
	}
	return b
}

func TestSparseRows(t *testing.T) {
	// Two features over three classes: row 0 = {0: 5, 2: -300}, row 1 =
	// {1: -127, 2: 900}.
	file := func(classes []byte, big []byte) modelFile {
		m, err := parseModelFile(modelBytes(
			[]byte("feature.count"), []byte{2, 2},
			[]byte("entry.class"), classes,
			[]byte("entry.weight8"), []byte{5, 0x80, 0x81, 0x80},
			[]byte("entry.big"), big,
		))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	r, err := loadSparseRows(file([]byte{0, 2, 1, 2}, bigList(1, -300, 2, 900)), "entry.class", 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	var vec scoreVec
	if mask := r.add(&vec, 0) | r.add(&vec, 1) | r.add(&vec, -1); mask != 0b111 {
		t.Errorf("mask %b, want 111", mask)
	}
	if vec[0] != 5 || vec[1] != -127 || vec[2] != 600 {
		t.Errorf("scores %v, want [5 -127 600]", vec[:3])
	}

	// Merged, the two rows are one entry per class, summed.
	var arena rowArena
	merged := r.mergeRows(&arena, 0, 1)
	var mv scoreVec
	if mask := addEntries(&mv, merged); len(merged) != 3 || mask != 0b111 || mv != vec {
		t.Errorf("merged rows %d entries, mask %b, scores %v; want 3, 111, %v", len(merged), mask, mv[:3], vec[:3])
	}

	for name, c := range map[string]struct {
		classes, big []byte
		want         string
	}{
		"class out of range":        {[]byte{0, 3, 1, 2}, bigList(1, -300, 2, 900), "out of range"},
		"big weight at a small one": {[]byte{0, 2, 1, 2}, bigList(0, -300, 3, 900), "not a big weight"},
		"big weight past the end":   {[]byte{0, 2, 1, 2}, bigList(1, -300, 9, 900), "not a big weight"},
		"truncated big weights":     {[]byte{0, 2, 1, 2}, bigList(1, -300)[:2], "truncated"},
		"too few classes":           {[]byte{0, 2, 1}, bigList(1, -300, 2, 900), "one class and one weight"},
	} {
		if _, err := loadSparseRows(file(c.classes, c.big), "entry.class", 2, 3); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", name, err, c.want)
		}
	}
}
