package main

import (
	"bytes"
	"encoding/binary"
	"sort"
)

// modelWriter writes the section format that nlp/modelfile.go reads.
type modelWriter struct{ buf bytes.Buffer }

const modelMagic = "NUTGRAF-MODEL\x01"

func newModelWriter() *modelWriter {
	w := &modelWriter{}
	w.buf.WriteString(modelMagic)
	return w
}

func (w *modelWriter) section(name string, payload []byte) {
	w.chunk([]byte(name))
	w.chunk(payload)
}

func (w *modelWriter) chunk(b []byte) {
	w.buf.Write(binary.AppendUvarint(nil, uint64(len(b))))
	w.buf.Write(b)
}

func (w *modelWriter) bytes() []byte { return w.buf.Bytes() }

// frontCoded encodes sorted strings; it sorts a copy and returns the order
// it used, so that parallel columns can follow it.
func frontCoded(list []string) []byte {
	if !sort.StringsAreSorted(list) {
		panic("frontCoded: strings must be sorted")
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

func uvarints(vs []int) []byte {
	b := binary.AppendUvarint(nil, uint64(len(vs)))
	for _, v := range vs {
		b = binary.AppendUvarint(b, uint64(v))
	}
	return b
}

func uvarintsPrefix(n int) []byte { return binary.AppendUvarint(nil, uint64(n)) }

func appendUvarint(b []byte, n int) []byte { return binary.AppendUvarint(b, uint64(n)) }

// varints writes signed integers as a count and zigzag varints.
func varints(vs []int64) []byte {
	b := binary.AppendUvarint(nil, uint64(len(vs)))
	for _, v := range vs {
		b = binary.AppendVarint(b, v)
	}
	return b
}
