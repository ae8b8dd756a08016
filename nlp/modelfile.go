package nlp

import (
	"errors"
	"math"
	"strconv"
	"unsafe"
)

// Model files (nlp/models/*.bin) are written by cmd/genmodel and read here
// without gob or reflection, so that loading is a few linear passes over
// bytes the binary embeds.
//
// A file is the magic "NUTGRAF-MODEL\x01" followed by named sections, each
// a uvarint name length, the name, a uvarint payload length and the
// payload. Columns of one kind sit in one section (all strings, all class
// numbers, all weights) because that is what compresses best when the
// wasm is served brotli'd. Section payloads used here:
//   - string lists: a uvarint count, then for each string (sorted) a
//     uvarint length shared with the previous string, a uvarint suffix
//     length and the suffix ("front coding");
//   - byte lists: raw bytes;
//   - uvarint lists: a uvarint count, then the values.
const modelMagic = "NUTGRAF-MODEL\x01"

// modelFile is a parsed model file: its sections by name.
type modelFile map[string][]byte

func parseModelFile(b []byte) (modelFile, error) {
	if len(b) < len(modelMagic) || string(b[:len(modelMagic)]) != modelMagic {
		return nil, errors.New("not a model file")
	}
	b = b[len(modelMagic):]
	m := modelFile{}
	for len(b) > 0 {
		name, rest, err := readChunk(b)
		if err != nil {
			return nil, err
		}
		payload, rest, err := readChunk(rest)
		if err != nil {
			return nil, err
		}
		m[string(name)] = payload
		b = rest
	}
	return m, nil
}

func readChunk(b []byte) ([]byte, []byte, error) {
	n, k := uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return nil, nil, errors.New("truncated model file")
	}
	return b[k : k+int(n)], b[k+int(n):], nil
}

func (m modelFile) section(name string) ([]byte, error) {
	s, ok := m[name]
	if !ok {
		return nil, errors.New("model file has no " + strconv.Quote(name) + " section")
	}
	return s, nil
}

// strings decodes a front-coded string list into one buffer: the i-th
// string is buf[offs[i]:offs[i+1]]. Keeping the strings in one buffer
// costs two allocations however many there are.
func (m modelFile) strings(name string) (buf []byte, offs []int32, err error) {
	b, err := m.section(name)
	if err != nil {
		return nil, nil, err
	}
	n, k := uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, nil, sectionErr(name, "bad count")
	}
	b = b[k:]
	offs = make([]int32, 0, n+1)
	buf = make([]byte, 0, len(b)*3)
	var ok bool
	if b, buf, offs, ok = frontDecode(b, buf, offs, int(n)); !ok {
		return nil, nil, sectionErr(name, "truncated")
	}
	offs = append(offs, int32(len(buf)))
	return buf, offs, nil
}

// frontDecode decodes n front-coded strings from b onto buf and offs.
func frontDecode(b, buf []byte, offs []int32, n int) ([]byte, []byte, []int32, bool) {
	prevStart := 0
	if len(offs) > 0 {
		prevStart = int(offs[len(offs)-1])
	}
	for i := 0; i < n; i++ {
		shared, k1 := uvarint(b)
		if k1 <= 0 {
			return nil, nil, nil, false
		}
		suffix, k2 := uvarint(b[k1:])
		if k2 <= 0 || uint64(len(b)-k1-k2) < suffix || shared > uint64(len(buf)-prevStart) {
			return nil, nil, nil, false
		}
		start := len(buf)
		buf = append(buf, buf[prevStart:prevStart+int(shared)]...)
		buf = append(buf, b[k1+k2:k1+k2+int(suffix)]...)
		offs = append(offs, int32(start))
		prevStart = start
		b = b[k1+k2+int(suffix):]
	}
	return b, buf, offs, true
}

// stringList decodes a string list into separate strings, for the short
// lists (a model's class names) that are used as strings.
func (m modelFile) stringList(name string) ([]string, error) {
	buf, offs, err := m.strings(name)
	if err != nil {
		return nil, err
	}
	out := make([]string, 0, len(offs)-1)
	for i := 0; i+1 < len(offs); i++ {
		out = append(out, string(buf[offs[i]:offs[i+1]]))
	}
	return out, nil
}

// viewString is b as a string without a copy. Only for a model's decoded
// buffers, which nothing writes once they are loaded: tens of thousands of
// map keys and lookups then cost no allocation.
func viewString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

// uvarints decodes a uvarint list.
func (m modelFile) uvarints(name string) ([]uint32, error) {
	return decodeList(m, name, func(u uint64) (uint32, bool) { return uint32(u), u <= math.MaxUint32 })
}

// decodeList reads a count and that many uvarints, converting each.
func decodeList[T any](m modelFile, name string, conv func(uint64) (T, bool)) ([]T, error) {
	b, err := m.section(name)
	if err != nil {
		return nil, err
	}
	n, k := uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, sectionErr(name, "bad count")
	}
	b = b[k:]
	out := make([]T, n)
	if _, ok := decodeUvarints(b, out, conv); !ok {
		return nil, sectionErr(name, "truncated")
	}
	return out, nil
}

// decodeUvarints fills out from the uvarints at the start of b and
// returns the rest of b.
func decodeUvarints[T any](b []byte, out []T, conv func(uint64) (T, bool)) ([]byte, bool) {
	for i := range out {
		u, k := uvarint(b)
		v, ok := conv(u)
		if k <= 0 || !ok {
			return nil, false
		}
		out[i] = v
		b = b[k:]
	}
	return b, true
}

// errModel is a malformed model file.
type errModel string

func (e errModel) Error() string { return string(e) }

// uvarint decodes an unsigned varint as encoding/binary's Uvarint does
// (the same results for every input, overflow included), with a fast
// path for one-byte values, which most lengths and weights in the models
// are: loading decodes a few hundred thousand of them. It is written out
// here rather than imported: encoding/binary brings reflect into the
// engine's wasm, a size for which the models' three varint functions do
// not pay.
func uvarint(b []byte) (uint64, int) {
	if len(b) > 0 && b[0] < 0x80 {
		return uint64(b[0]), 1
	}
	var x uint64
	var s uint
	for i, c := range b {
		if i == maxVarintLen64 {
			return 0, -(i + 1) // overflow
		}
		if c < 0x80 {
			if i == maxVarintLen64-1 && c > 1 {
				return 0, -(i + 1) // overflow
			}
			return x | uint64(c)<<s, i + 1
		}
		x |= uint64(c&0x7f) << s
		s += 7
	}
	return 0, 0
}

// varint decodes a zig-zag signed varint as encoding/binary's Varint.
func varint(b []byte) (int64, int) {
	ux, n := uvarint(b)
	x := int64(ux >> 1)
	if ux&1 != 0 {
		x = ^x
	}
	return x, n
}

// maxVarintLen64 is the longest varint of a 64-bit value.
const maxVarintLen64 = 10
