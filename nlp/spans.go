package nlp

import "sort"

// spanSet is a set of non-overlapping byte spans, to keep one mention from
// being claimed twice.
type spanSet struct{ spans [][2]int }

func (s *entitySet) covered() *spanSet {
	out := &spanSet{}
	for _, e := range s.list {
		for _, m := range e.mentions {
			out.add(m.start, m.end)
		}
	}
	return out
}

func (s *spanSet) add(start, end int) { s.spans = append(s.spans, [2]int{start, end}) }

func (s *spanSet) overlaps(start, end int) bool {
	for _, sp := range s.spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}

func sortMentions(ms []mention) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
}
