package nlp

import (
	"encoding/binary"
	"math/bits"
)

// strIndex finds a string's position in a list of distinct strings held in
// one buffer. Lookups take the string in parts (a feature name, a
// separator, a word) and hash and compare them piece by piece, so that no
// feature string is ever built: the hot path allocates nothing.
type strIndex struct {
	buf   []byte
	offs  []int32 // string i is buf[offs[i]:offs[i+1]]
	slots []int32 // open addressing: string index + 1, 0 for empty
	mask  uint64
}

func newStrIndex(buf []byte, offs []int32) *strIndex {
	n := len(offs) - 1
	size := 1
	for size < 2*n {
		size <<= 1
	}
	x := &strIndex{buf: buf, offs: offs, slots: make([]int32, size), mask: uint64(size - 1)}
	for i := 0; i < n; i++ {
		h := hashWords(buf[offs[i]:offs[i+1]])
		for j := h & x.mask; ; j = (j + 1) & x.mask {
			if x.slots[j] == 0 {
				x.slots[j] = int32(i + 1)
				break
			}
		}
	}
	return x
}

// The hash reads a string as little-endian 8-byte words (the last one
// zero-padded) and mixes in its length. Loading a model hashes every
// feature string, so hashWords takes whole words at a time; lookups feed
// the parts of a string through a hasher, byte by byte, to the same value.
const (
	hashSeed   = 14695981039346656037
	hashPrime  = 1099511628211
	hashPrime2 = 0x9E3779B97F4A7C15
)

func mixWord(h, w uint64) uint64 { return bits.RotateLeft64((h^w)*hashPrime, 31) }

func finishHash(h uint64, n int) uint64 {
	h = mixWord(h, uint64(n))
	h ^= h >> 33
	h *= hashPrime2
	return h ^ h>>29
}

func hashWords(b []byte) uint64 {
	h := uint64(hashSeed)
	i := 0
	for ; i+8 <= len(b); i += 8 {
		h = mixWord(h, binary.LittleEndian.Uint64(b[i:]))
	}
	if i < len(b) {
		var w uint64
		for k := i; k < len(b); k++ {
			w |= uint64(b[k]) << (8 * uint(k-i))
		}
		h = mixWord(h, w)
	}
	return finishHash(h, len(b))
}

// hasher hashes a string given in parts, to the value hashWords gives for
// their concatenation.
type hasher struct {
	h, w uint64
	k    uint // bytes in w
	n    int  // bytes so far
}

func (s *hasher) add(part string) {
	for i := 0; i < len(part); i++ {
		s.w |= uint64(part[i]) << (8 * s.k)
		s.k++
		if s.k == 8 {
			s.h, s.w, s.k = mixWord(s.h, s.w), 0, 0
		}
	}
	s.n += len(part)
}

func (s *hasher) sum() uint64 {
	h := s.h
	if s.k > 0 {
		h = mixWord(h, s.w)
	}
	return finishHash(h, s.n)
}

// find3 returns the index of the string a+b+c, or -1.
func (x *strIndex) find3(a, b, c string) int { return x.find5(a, b, c, "", "") }

// find5 returns the index of the string a+b+c+d+e, or -1.
func (x *strIndex) find5(a, b, c, d, e string) int {
	hs := hasher{h: hashSeed}
	hs.add(a)
	hs.add(b)
	hs.add(c)
	hs.add(d)
	hs.add(e)
	h := hs.sum()
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s == 0 {
			return -1
		}
		i := int(s - 1)
		st := x.buf[x.offs[i]:x.offs[i+1]]
		if len(st) == len(a)+len(b)+len(c)+len(d)+len(e) && hasPrefix(st, a) && hasPrefix(st[len(a):], b) &&
			hasPrefix(st[len(a)+len(b):], c) && hasPrefix(st[len(a)+len(b)+len(c):], d) &&
			string(st[len(a)+len(b)+len(c)+len(d):]) == e {
			return i
		}
	}
}

func hasPrefix(b []byte, s string) bool { return len(b) >= len(s) && string(b[:len(s)]) == s }

// str returns string i.
func (x *strIndex) str(i int) string { return string(x.buf[x.offs[i]:x.offs[i+1]]) }
