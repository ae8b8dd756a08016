package nlp

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
		h := hashBytes(fnvOffset, buf[offs[i]:offs[i+1]])
		for j := h & x.mask; ; j = (j + 1) & x.mask {
			if x.slots[j] == 0 {
				x.slots[j] = int32(i + 1)
				break
			}
		}
	}
	return x
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(h uint64, b []byte) uint64 {
	for _, c := range b {
		h = (h ^ uint64(c)) * fnvPrime
	}
	return h
}

func hashString(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h = (h ^ uint64(s[i])) * fnvPrime
	}
	return h
}

// find3 returns the index of the string a+b+c, or -1.
func (x *strIndex) find3(a, b, c string) int {
	h := hashString(hashString(hashString(fnvOffset, a), b), c)
	for j := h & x.mask; ; j = (j + 1) & x.mask {
		s := x.slots[j]
		if s == 0 {
			return -1
		}
		i := int(s - 1)
		if x.equal3(i, a, b, c) {
			return i
		}
	}
}

// find5 returns the index of the string a+b+c+d+e, or -1.
func (x *strIndex) find5(a, b, c, d, e string) int {
	h := hashString(hashString(hashString(hashString(hashString(fnvOffset, a), b), c), d), e)
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

func (x *strIndex) equal3(i int, a, b, c string) bool {
	st := x.buf[x.offs[i]:x.offs[i+1]]
	return len(st) == len(a)+len(b)+len(c) && hasPrefix(st, a) && hasPrefix(st[len(a):], b) &&
		string(st[len(a)+len(b):]) == c
}

func hasPrefix(b []byte, s string) bool { return len(b) >= len(s) && string(b[:len(s)]) == s }

// str returns string i.
func (x *strIndex) str(i int) string { return string(x.buf[x.offs[i]:x.offs[i+1]]) }
