package nlp

import (
	"encoding/binary"
	"math"
	"math/rand/v2"
	"testing"
)

// The models' varint readers must agree with encoding/binary's on every
// input, malformed and overflowing ones included.
func TestVarintsMatchEncodingBinary(t *testing.T) {
	var inputs [][]byte
	for _, v := range []uint64{0, 1, 127, 128, 255, 300, 1 << 14, 1<<21 - 1, 1 << 35, math.MaxInt64, math.MaxUint64} {
		inputs = append(inputs, binary.AppendUvarint(nil, v))
	}
	for _, v := range []int64{0, -1, 1, -64, 63, -65, math.MinInt64, math.MaxInt64} {
		inputs = append(inputs, binary.AppendVarint(nil, v))
	}
	inputs = append(inputs, nil, []byte{0x80}, []byte{0xff, 0xff},
		[]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x02},       // overflows in the last byte
		[]byte{0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01}) // eleven bytes
	r := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = byte(r.UintN(256))
			if r.IntN(3) > 0 {
				b[i] |= 0x80 // long runs of continuation bytes
			}
		}
		inputs = append(inputs, b)
	}
	for _, b := range inputs {
		gu, gn := uvarint(b)
		wu, wn := binary.Uvarint(b)
		if gu != wu || gn != wn {
			t.Fatalf("uvarint(% x) = %d, %d; encoding/binary says %d, %d", b, gu, gn, wu, wn)
		}
		gs, gn := varint(b)
		ws, wn := binary.Varint(b)
		if gs != ws || gn != wn {
			t.Fatalf("varint(% x) = %d, %d; encoding/binary says %d, %d", b, gs, gn, ws, wn)
		}
	}
}
