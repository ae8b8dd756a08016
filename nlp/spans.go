package nlp

import "slices"

// spanSet marks the bytes of the text that a mention already claims, so
// that one stretch of text is never claimed twice. A bit per byte keeps
// both questions constant-time whatever the number of mentions.
type spanSet struct{ bits []uint64 }

func (s *entitySet) covered(textLen int) *spanSet {
	out := &spanSet{bits: make([]uint64, textLen/64+1)}
	for _, e := range s.list {
		for _, m := range e.mentions {
			out.add(m.start, m.end)
		}
	}
	return out
}

func (s *spanSet) add(start, end int) {
	for i := start; i < end; i++ {
		s.bits[i>>6] |= 1 << (i & 63)
	}
}

func (s *spanSet) overlaps(start, end int) bool {
	for i := start; i < end; i++ {
		if s.bits[i>>6]&(1<<(i&63)) != 0 {
			return true
		}
	}
	return false
}

func sortMentions(ms []mention) {
	slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
}
