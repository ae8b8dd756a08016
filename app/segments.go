package app

import (
	"cmp"
	"slices"
)

// MarkKind says what a mark is. The order is the nesting order: where two
// marks cover the same text, the one of the lower kind is drawn outside.
type MarkKind int

const (
	// MarkPart is a piece of article furniture inside a paragraph of
	// another kind, such as a dateline opening the first body paragraph.
	MarkPart MarkKind = iota
	// MarkQuote is a quote.
	MarkQuote
	// MarkSentence is a sentence: the anchor the tone chart and the
	// summary scroll to. Inside quotes, so that a quote of several
	// sentences stays one element where it can.
	MarkSentence
	// MarkMention is one mention of an entity.
	MarkMention
	// MarkToneMarker is a loaded word or a hedge (Tone.Markers).
	MarkToneMarker
	// MarkPhrase is one occurrence of the selected key phrase; the view
	// adds these only while a phrase is selected (see ArticleView).
	MarkPhrase
)

// Mark is a span of the article that the view draws as an element.
type Mark struct {
	Kind       MarkKind
	Start, End int    // byte offsets into the text
	Class      string // MarkPart: the furniture's class; MarkMention: the mention's kind; MarkToneMarker: the marker's kind
	ID         string // MarkQuote, MarkMention: the quote's or the entity's ID; MarkSentence: the sentence's index; MarkPhrase: the phrase's index
	Type       string // MarkQuote: the quote's kind; MarkMention: the entity's type
	Speaker    string // MarkQuote: the speaker's entity ID, "" when unattributed
	Label      string // a tooltip: the entity's name, the quote's speaker
	N          int    // MarkPhrase: which occurrence of the phrase
}

// Node is a piece of the article view: a run of text when Mark is nil,
// otherwise a mark drawn around its children.
type Node struct {
	Mark       *Mark
	Start, End int // the text covered, in bytes
	Children   []*Node
}

// BuildNodes lays marks over text[start:end] and returns the nodes that draw
// it, in order. Marks are clipped to the range. The text is cut at every
// mark boundary into segments; each segment lies inside a fixed set of
// marks, and consecutive segments share the elements of the marks they have
// in common. So marks that nest (a mention inside a quote, a quote inside a
// quote) become nested elements, and marks that cross are split where they
// cross: elements never overlap, and every byte of the range is drawn once.
func BuildNodes(start, end int, marks []Mark) []*Node {
	if end <= start {
		return nil
	}
	ms := make([]*Mark, 0, len(marks))
	for i := range marks {
		m := marks[i] // a copy, clipped
		m.Start, m.End = max(m.Start, start), min(m.End, end)
		if m.Start < m.End {
			ms = append(ms, &m)
		}
	}
	// Outer marks first: by kind, then the earlier, then the longer.
	slices.SortStableFunc(ms, func(a, b *Mark) int {
		return cmp.Or(
			cmp.Compare(a.Kind, b.Kind),
			cmp.Compare(a.Start, b.Start),
			cmp.Compare(b.End, a.End),
			cmp.Compare(a.ID, b.ID),
		)
	})
	rank := make(map[*Mark]int, len(ms))
	bounds := []int{start, end}
	for i, m := range ms {
		rank[m] = i
		bounds = append(bounds, m.Start, m.End)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	// Marks by start position, to sweep the segments left to right.
	byStart := slices.Clone(ms)
	slices.SortStableFunc(byStart, func(a, b *Mark) int { return cmp.Compare(a.Start, b.Start) })

	var (
		roots  []*Node
		open   []*Node // the marks around the current segment, outermost first
		active []*Mark // the marks covering the current segment, in rank order
		next   int     // next mark of byStart to activate
	)
	for i := 0; i+1 < len(bounds); i++ {
		s, e := bounds[i], bounds[i+1]
		// Drop the marks that ended; add the ones that start here.
		active = slices.DeleteFunc(active, func(m *Mark) bool { return m.End <= s })
		for next < len(byStart) && byStart[next].Start <= s {
			m := byStart[next]
			next++
			at, _ := slices.BinarySearchFunc(active, rank[m], func(a *Mark, r int) int { return cmp.Compare(rank[a], r) })
			active = slices.Insert(active, at, m)
		}
		// Keep the open elements the segment shares with the previous one.
		keep := 0
		for keep < len(open) && keep < len(active) && open[keep].Mark == active[keep] {
			keep++
		}
		open = open[:keep]
		for _, m := range active[keep:] {
			n := &Node{Mark: m, Start: s, End: e}
			if len(open) == 0 {
				roots = append(roots, n)
			} else {
				p := open[len(open)-1]
				p.Children = append(p.Children, n)
			}
			open = append(open, n)
		}
		for _, n := range open {
			n.End = e
		}
		text := &Node{Start: s, End: e}
		if len(open) == 0 {
			roots = appendText(roots, text)
		} else {
			p := open[len(open)-1]
			p.Children = appendText(p.Children, text)
		}
	}
	return roots
}

// appendText appends a text node, merging it into a text node just before.
func appendText(nodes []*Node, t *Node) []*Node {
	if k := len(nodes); k > 0 && nodes[k-1].Mark == nil && nodes[k-1].End == t.Start {
		nodes[k-1].End = t.End
		return nodes
	}
	return append(nodes, t)
}
