package app

import (
	"sort"
	"strconv"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Block is one paragraph of the article view.
type Block struct {
	Class      string // the element's class: kicker, headline, ..., paragraph
	Start, End int    // bytes of the text
	Marks      []Mark // the marks over it, clipped to it by Nodes
}

// Nodes lays out the block's marks (see BuildNodes). The view does it as it
// draws the block, rather than keeping the nodes of every block of a long
// article: they are many small objects, which the garbage collector would
// go through on the page's thread again and again.
func (b Block) Nodes() []*Node {
	return BuildNodes(b.Start, b.End, b.Marks)
}

// blockClass maps a paragraph kind to the class the view gives its block.
func blockClass(kind string) string {
	switch kind {
	case schema.ParagraphKicker, schema.ParagraphHeadline, schema.ParagraphStandfirst,
		schema.ParagraphByline, schema.ParagraphDateline:
		return kind
	}
	return "paragraph"
}

// ArticleBlocks returns the article view of text: one block per paragraph
// of a, with its furniture, quotes and entity mentions marked. a's offsets
// must be bytes of text (Analysis.ToBytes).
func ArticleBlocks(text string, a *schema.Analysis) []Block {
	return articleBlocks(text, a, nil)
}

// articleBlocks is ArticleBlocks, pausing between paragraphs as pace says.
func articleBlocks(text string, a *schema.Analysis, pace *Pacer) []Block {
	paras := a.Paragraphs
	if len(paras) == 0 && text != "" {
		paras = []schema.Paragraph{{Start: 0, End: len(text), Kind: schema.ParagraphBody}}
	}
	paras = slicesSortedByStart(paras)
	marks := analysisMarks(a)

	// Give each paragraph the marks that overlap it: a mark is found by
	// binary search on the paragraphs' starts, so a long text with many
	// paragraphs and mentions stays linear in practice.
	perPara := make([][]Mark, len(paras))
	for _, m := range marks {
		i := sort.Search(len(paras), func(i int) bool { return paras[i].End > m.Start })
		for ; i < len(paras) && paras[i].Start < m.End; i++ {
			perPara[i] = append(perPara[i], m)
		}
		pace.Pause()
	}

	blocks := make([]Block, 0, len(paras))
	for i, p := range paras {
		if p.Start < 0 || p.End > len(text) || p.Start >= p.End {
			continue
		}
		class := blockClass(p.Kind)
		var ms []Mark
		for _, m := range perPara[i] {
			// Furniture is marked only inside a block of another kind: a
			// headline block is not wrapped again in a headline span.
			if m.Kind == MarkPart && m.Class == class {
				continue
			}
			ms = append(ms, m)
		}
		blocks = append(blocks, Block{Class: class, Start: p.Start, End: p.End, Marks: ms})
		pace.Progress(float64(i+1), float64(len(paras)))
		pace.Pause()
	}
	return blocks
}

func slicesSortedByStart(ps []schema.Paragraph) []schema.Paragraph {
	if sort.SliceIsSorted(ps, func(i, j int) bool { return ps[i].Start < ps[j].Start }) {
		return ps
	}
	c := append([]schema.Paragraph(nil), ps...)
	sort.SliceStable(c, func(i, j int) bool { return c[i].Start < c[j].Start })
	return c
}

// analysisMarks lists every span of a that the view marks.
func analysisMarks(a *schema.Analysis) []Mark {
	var marks []Mark
	part := func(class string, s *schema.Span) {
		if s != nil {
			marks = append(marks, Mark{Kind: MarkPart, Start: s.Start, End: s.End, Class: class})
		}
	}
	ar := a.Article
	part(schema.ParagraphKicker, ar.Kicker)
	part(schema.ParagraphHeadline, ar.Headline)
	part(schema.ParagraphStandfirst, ar.Standfirst)
	part(schema.ParagraphByline, ar.Byline)
	if d := ar.Dateline; d != nil {
		marks = append(marks, Mark{Kind: MarkPart, Start: d.Start, End: d.End, Class: schema.ParagraphDateline})
	}

	names := make(map[string]string, len(a.Entities))
	for _, e := range a.Entities {
		names[e.ID] = e.Name
		for _, m := range e.Mentions {
			marks = append(marks, Mark{Kind: MarkMention, Start: m.Start, End: m.End,
				Class: m.Kind, ID: e.ID, Type: e.Type, Label: e.Name})
		}
	}
	for _, q := range a.Quotes {
		m := Mark{Kind: MarkQuote, Start: q.Start, End: q.End, ID: q.ID, Type: q.Kind}
		if q.Speaker != nil {
			m.Speaker = *q.Speaker
			m.Label = names[*q.Speaker]
		}
		if m.Label == "" && q.Source != nil {
			m.Label = q.Source.Text
		}
		marks = append(marks, m)
	}
	for i, s := range a.Sentences {
		marks = append(marks, Mark{Kind: MarkSentence, Start: s.Start, End: s.End, ID: strconv.Itoa(i)})
	}
	if a.Tone != nil {
		for _, m := range a.Tone.Markers {
			marks = append(marks, Mark{Kind: MarkToneMarker, Start: m.Start, End: m.End, Class: m.Kind})
		}
	}
	return marks
}
