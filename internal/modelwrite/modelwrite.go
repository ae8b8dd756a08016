// Package modelwrite writes the model file format that nlp/modelfile.go
// reads: named sections of strings, bytes and varints. The model
// generators (cmd/genmodel, cmd/trainner) share it.
package modelwrite

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"sort"
)

// Writer writes the section format that nlp/modelfile.go reads.
type Writer struct{ buf bytes.Buffer }

const modelMagic = "NUTGRAF-MODEL\x01"

// New starts a model file.
func New() *Writer {
	w := &Writer{}
	w.buf.WriteString(modelMagic)
	return w
}

// Section appends a named section.
func (w *Writer) Section(name string, payload []byte) {
	w.chunk([]byte(name))
	w.chunk(payload)
}

func (w *Writer) chunk(b []byte) {
	w.buf.Write(binary.AppendUvarint(nil, uint64(len(b))))
	w.buf.Write(b)
}

// Bytes is the file so far.
func (w *Writer) Bytes() []byte { return w.buf.Bytes() }

// FrontCoded encodes sorted strings; it sorts a copy and returns the order
// it used, so that parallel columns can follow it.
func FrontCoded(list []string) []byte {
	if !sort.StringsAreSorted(list) {
		panic("FrontCoded: strings must be sorted")
	}
	b := binary.AppendUvarint(nil, uint64(len(list)))
	prev := ""
	for _, s := range list {
		shared := 0
		for shared < len(s) && shared < len(prev) && s[shared] == prev[shared] {
			shared++
		}
		b = binary.AppendUvarint(b, uint64(shared))
		b = binary.AppendUvarint(b, uint64(len(s)-shared))
		b = append(b, s[shared:]...)
		prev = s
	}
	return b
}

// Uvarints writes a count and the values.
func Uvarints(vs []int) []byte {
	b := binary.AppendUvarint(nil, uint64(len(vs)))
	for _, v := range vs {
		b = binary.AppendUvarint(b, uint64(v))
	}
	return b
}

func uvarintsPrefix(n int) []byte { return binary.AppendUvarint(nil, uint64(n)) }

func appendUvarint(b []byte, n int) []byte { return binary.AppendUvarint(b, uint64(n)) }

// SparseRows writes a linear model's weights as nlp reads them without
// decoding (nlp/rows.go): "feature.count", one byte per feature, its
// number of entries; the entries' classes under classSection, a byte
// each; "entry.weight8", each weight as a signed byte, -128 for a weight
// outside -127..127, found in "entry.big" (a count, then for each such
// entry the uvarint distance from the previous one's index, starting at
// 0, and its zigzag varint weight).
func (w *Writer) SparseRows(counts []int, classSection string, classes []byte, weights []int64) error {
	if len(classes) != len(weights) {
		return fmt.Errorf("%d classes for %d weights", len(classes), len(weights))
	}
	n := make([]byte, len(counts))
	total := 0
	for i, c := range counts {
		if c < 0 || c > 255 {
			return fmt.Errorf("feature %d has %d entries, more than a byte counts", i, c)
		}
		n[i] = byte(c)
		total += c
	}
	if total != len(weights) {
		return fmt.Errorf("counts add up to %d entries, not %d", total, len(weights))
	}
	w8 := make([]byte, len(weights))
	var big []byte
	nBig, prev := 0, 0
	for i, v := range weights {
		if v >= -127 && v <= 127 {
			w8[i] = byte(int8(v))
			continue
		}
		w8[i] = 0x80 // -128
		big = binary.AppendUvarint(big, uint64(i-prev))
		big = binary.AppendVarint(big, v)
		prev = i
		nBig++
	}
	w.Section("feature.count", n)
	w.Section(classSection, classes)
	w.Section("entry.weight8", w8)
	w.Section("entry.big", append(binary.AppendUvarint(nil, uint64(nBig)), big...))
	return nil
}

// PlainList writes strings in the given order as a front-coded list with
// no shared prefixes (so the reader needs one decoder).
func PlainList(list []string) []byte {
	b := uvarintsPrefix(len(list))
	for _, s := range list {
		b = append(b, 0)
		b = appendUvarint(b, len(s))
		b = append(b, s...)
	}
	return b
}
