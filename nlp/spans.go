package nlp

import (
	"slices"
	"sort"
)

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

// sortMentions puts ms in text order. A list already in order is left
// as it is after one scan: the quote resolver re-sorts a speaker's
// mentions after each mention it adds, and a long text's main character
// has thousands.
func sortMentions(ms []mention) {
	for i := 1; i < len(ms); i++ {
		if ms[i].start < ms[i-1].start {
			slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
			return
		}
	}
}

// addMentionInOrder is addMention for a list in text order, which it
// keeps in order. The quote resolver adds a mention for each quote, so the
// overlap check looks only at the mentions that can reach [start, end):
// none starts more than the longest mention's length before it.
func (e *entity) addMentionInOrder(start, end int, kind string) {
	ms := e.mentions
	for i := mentionFrom(ms, start-e.longest); i < len(ms) && ms[i].start < end; i++ {
		if start < ms[i].end {
			return
		}
	}
	e.mentions = append(e.mentions, mention{start, end, kind})
	e.widenBounds(start, end)
	settleLastMention(e.mentions)
}

// mentionFrom is the index of the first of ms, a list in text order,
// that starts at or after off. The lookups of the quote resolver start
// there instead of at the first mention: a main character of a long text
// has thousands, and each quote looks them up.
func mentionFrom(ms []mention, off int) int {
	return sort.Search(len(ms), func(i int) bool { return ms[i].start >= off })
}

// lastEndingBy is the index of the last of ms, a list in text order, that
// ends at or before off, or -1.
func lastEndingBy(ms []mention, off int) int {
	for i := mentionFrom(ms, off+1) - 1; i >= 0; i-- {
		if ms[i].end <= off {
			return i
		}
	}
	return -1
}

// settleLastMention moves the last of ms, otherwise in text order, to
// its place.
func settleLastMention(ms []mention) {
	m := ms[len(ms)-1]
	i := len(ms) - 1
	for i > 0 && ms[i-1].start > m.start {
		i--
	}
	copy(ms[i+1:], ms[i:len(ms)-1])
	ms[i] = m
}
