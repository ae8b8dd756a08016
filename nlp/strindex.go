package nlp

// strIndex finds a string's position in a sorted list of distinct strings
// held in one buffer, as the model files store them (cmd/genmodel sorts
// them to front-code them). Lookups binary-search the list and take the
// string in parts (a feature name, a separator, a word), compared piece
// by piece, so that no feature string is ever built.
//
// An earlier version hashed every string into a table when the models
// loaded. That made each lookup cheaper, but lookups are few (the word
// caches keep their results from call to call), while the table cost a
// fifth of the engine's start: V8 runs loading code unoptimized, since it
// runs once.
type strIndex struct {
	buf  []byte
	offs []int32 // string i is buf[offs[i]:offs[i+1]]
}

func newStrIndex(buf []byte, offs []int32) *strIndex { return &strIndex{buf: buf, offs: offs} }

// len is the number of strings.
func (x *strIndex) len() int { return len(x.offs) - 1 }

// find3 returns the index of the string a+b+c, or -1.
func (x *strIndex) find3(a, b, c string) int { return x.find5(a, b, c, "", "") }

// find5 returns the index of the string a+b+c+d+e, or -1.
func (x *strIndex) find5(a, b, c, d, e string) int {
	lo, hi := 0, x.len()
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if comparePieces(x.view(m), a, b, c, d, e) < 0 {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < x.len() && comparePieces(x.view(lo), a, b, c, d, e) == 0 {
		return lo
	}
	return -1
}

// view is string i, without a copy.
func (x *strIndex) view(i int) string { return viewString(x.buf[x.offs[i]:x.offs[i+1]]) }

// str returns string i.
func (x *strIndex) str(i int) string { return string(x.buf[x.offs[i]:x.offs[i+1]]) }

// comparePieces compares s with the concatenation of the pieces, as
// strings.Compare would.
func comparePieces(s string, pieces ...string) int {
	for _, p := range pieces {
		n := min(len(s), len(p))
		if s[:n] != p[:n] {
			if s[:n] < p[:n] {
				return -1
			}
			return 1
		}
		if n < len(p) {
			return -1 // s ran out inside the pieces
		}
		s = s[n:]
	}
	if s != "" {
		return 1
	}
	return 0
}
