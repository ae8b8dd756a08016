package app

import (
	"sort"
	"strconv"
)

// A long article's views are drawn in pieces, a few per frame (see
// Results), so that drawing thousands of marks and quotes never holds the
// page's thread for long. A piece is a run of blocks of the article, or of
// items of one group of the entity or quote list; each is drawn by a
// component of its own, so that drawing the next piece leaves the drawn
// ones alone.
//
// What is drawn at all is bounded too, since every element the page draws
// is also memory that Go's garbage collector goes through, on the page's
// thread, in one go: the article is shown a page of pieces at a time, and
// the lists show the first items of each group, and the quote list its
// first speakers, until the reader asks for more. A news article fits in
// all of these; a book does not.

// The lists of a Doc's pieces.
const (
	ListArticle = iota
	ListEntities
	ListQuotes
	numLists
)

// Sizes, in DOM nodes (elements and text nodes, about) and items.
const (
	// pieceNodes is about how many nodes a piece holds: small enough that a
	// few pieces fit in a frame on a slow machine.
	pieceNodes = 150
	// pageNodes is about how many nodes a page of the article holds.
	pageNodes = 2500
	// entitiesShown and quotesShown are how many items of a group of the
	// entity or quote list are drawn before the reader asks for the rest
	// ("Show N more").
	entitiesShown = 25
	quotesShown   = 20
	// speakersShown is how many speakers the quote list shows before the
	// reader asks for the rest.
	speakersShown = 12
)

// Nodes one item of each list draws, about.
const (
	entityItemNodes  = 8  // li, button, name, roles, count, their texts
	entityGroupNodes = 4  // the group's div, heading and its text, ul
	quoteItemNodes   = 13 // li, blockquote, meta, source, cue, kind, button, their texts
	speakerHeadNodes = 11 // the group's div, head, name, count, share, meter, ol
)

// Piece is a part of one list that is drawn at once.
type Piece struct {
	Group    int  // the entity or speaker group; 0 for the article
	From, To int  // blocks of the article, or items of the group
	Nodes    int  // about how many DOM nodes it draws
	More     bool // items past the group's first few (entitiesShown, quotesShown)
	Late     bool // a group past the list's first (speakersShown)
}

// PieceRef names a piece: the Index-th piece of List.
type PieceRef struct{ List, Index int }

// ArticlePage is a page of the article: its pieces From to To.
type ArticlePage struct{ From, To int }

// Plan is the pieces of a Doc's views.
type Plan struct {
	Pieces [numLists][]Piece
	// Pages are the article's pages, one at least.
	Pages []ArticlePage
	// Mentioned[i] is the set of entities mentioned in article piece i.
	Mentioned []map[string]bool
	// Quoted[i] is the set of speakers quoted in article piece i.
	Quoted []map[string]bool
	// Phrased[i] is the set of key phrases (their indexes) that occur in
	// article piece i.
	Phrased []map[string]bool
}

// planDoc cuts d's views into pieces and the article into pages, pausing
// as pace says.
func planDoc(d *Doc, pace *Pacer) *Plan {
	p := &Plan{}

	var piece Piece
	mentioned, quoted := map[string]bool{}, map[string]bool{}
	flush := func(list int) {
		if piece.To > piece.From {
			p.Pieces[list] = append(p.Pieces[list], piece)
			if list == ListArticle {
				p.Mentioned = append(p.Mentioned, mentioned)
				p.Quoted = append(p.Quoted, quoted)
				mentioned, quoted = map[string]bool{}, map[string]bool{}
			}
		}
	}
	page, pageSize := ArticlePage{}, 0
	for i, b := range d.Blocks {
		pace.Pause()
		n := blockNodes(b, mentioned, quoted)
		if piece.Nodes > 0 && piece.Nodes+n > pieceNodes {
			flush(ListArticle)
			if pageSize += piece.Nodes; pageSize >= pageNodes {
				page.To = len(p.Pieces[ListArticle])
				p.Pages = append(p.Pages, page)
				page, pageSize = ArticlePage{From: page.To}, 0
			}
			piece = Piece{From: i, To: i}
		}
		piece.To = i + 1
		piece.Nodes += n
	}
	flush(ListArticle)
	page.To = len(p.Pieces[ListArticle])
	if page.To > page.From || len(p.Pages) == 0 {
		p.Pages = append(p.Pages, page)
	}

	pace.Pause()
	p.Phrased = phrasedPieces(d, p)
	pace.Pause()

	groups := func(list, n int, items func(g int) int, head, item, itemsShown, groupsShown int) {
		for g := range n {
			late := g >= groupsShown
			piece = Piece{Group: g, Nodes: head, Late: late}
			for i := range items(g) {
				more := i >= itemsShown
				if piece.To > piece.From && (piece.Nodes+item > pieceNodes || more != piece.More) {
					flush(list)
					piece = Piece{Group: g, From: i, To: i, More: more, Late: late}
				}
				piece.To = i + 1
				piece.Nodes += item
			}
			flush(list)
		}
	}
	groups(ListEntities, len(d.Entities), func(g int) int { return len(d.Entities[g].Entities) },
		entityGroupNodes, entityItemNodes, entitiesShown, len(d.Entities))
	groups(ListQuotes, len(d.Speakers), func(g int) int { return len(d.Speakers[g].Quotes) },
		speakerHeadNodes, quoteItemNodes, quotesShown, speakersShown)
	return p
}

// blockNodes returns about how many DOM nodes b draws (its element, an
// element per mark and a text either side, at most) and notes the entities
// it mentions and the speakers it quotes.
func blockNodes(b Block, mentioned, quoted map[string]bool) int {
	for _, m := range b.Marks {
		switch {
		case m.Kind == MarkMention:
			mentioned[m.ID] = true
		case m.Kind == MarkQuote && m.Speaker != "":
			quoted[m.Speaker] = true
		}
	}
	return 2 + 2*len(b.Marks)
}

// Initial is the order in which the pieces shown at first are drawn, with
// the article at page: the lists take turns, so that each shows its start
// early.
func (p *Plan) Initial(page int) []PieceRef {
	var lists [numLists][]PieceRef
	lists[ListArticle] = p.pageRefs(page)
	for l := ListEntities; l < numLists; l++ {
		for i, piece := range p.Pieces[l] {
			if !piece.More && !piece.Late {
				lists[l] = append(lists[l], PieceRef{l, i})
			}
		}
	}
	var order []PieceRef
	for k := 0; ; k++ {
		added := false
		for l := range numLists {
			if k < len(lists[l]) {
				order = append(order, lists[l][k])
				added = true
			}
		}
		if !added {
			return order
		}
	}
}

// pageRefs lists the pieces of a page of the article.
func (p *Plan) pageRefs(page int) []PieceRef {
	if page < 0 || page >= len(p.Pages) {
		return nil
	}
	var refs []PieceRef
	for i := p.Pages[page].From; i < p.Pages[page].To; i++ {
		refs = append(refs, PieceRef{ListArticle, i})
	}
	return refs
}

// highlight is what article piece i highlights of the selection sel: the
// selected entity if the piece mentions it, the selected speaker if it
// quotes them; the zero Highlight when the piece has nothing of sel.
func (p *Plan) highlight(sel Highlight, i int) Highlight {
	var h Highlight
	if sel.Entity != "" && p.Mentioned[i][sel.Entity] {
		h.Entity = sel.Entity
	}
	if sel.Speaker != "" && p.Quoted[i][sel.Speaker] {
		h.Speaker = sel.Speaker
	}
	if sel.Phrase != "" && i < len(p.Phrased) && p.Phrased[i][sel.Phrase] {
		h.Phrase = sel.Phrase
	}
	return h
}

// phrasedPieces notes, for each article piece of p, the key phrases of d
// that occur in it.
func phrasedPieces(d *Doc, p *Plan) []map[string]bool {
	out := make([]map[string]bool, len(p.Pieces[ListArticle]))
	blocks := d.Blocks
	for k, kp := range d.Analysis.Keyphrases {
		id := strconv.Itoa(k)
		for _, o := range kp.Occurrences {
			b := sort.Search(len(blocks), func(i int) bool { return blocks[i].End > o.Start })
			if b == len(blocks) || blocks[b].Start >= o.End {
				continue
			}
			i := p.PieceOfBlock(b)
			if i >= len(out) {
				continue
			}
			if out[i] == nil {
				out[i] = map[string]bool{}
			}
			out[i][id] = true
		}
	}
	return out
}

// PageOf returns the page of article piece i.
func (p *Plan) PageOf(i int) int {
	return sort.Search(len(p.Pages), func(k int) bool { return p.Pages[k].To > i })
}

// PieceOfBlock returns the article piece that draws block b.
func (p *Plan) PieceOfBlock(b int) int {
	pieces := p.Pieces[ListArticle]
	return sort.Search(len(pieces), func(i int) bool { return pieces[i].To > b })
}

// MoreOf lists the pieces of a group of list l that wait for the reader
// to ask for them.
func (p *Plan) MoreOf(l, group int) []PieceRef {
	var refs []PieceRef
	for i, piece := range p.Pieces[l] {
		if piece.Group == group && piece.More {
			refs = append(refs, PieceRef{l, i})
		}
	}
	return refs
}

// Hidden returns how many items of a group of list l wait for the reader
// to ask for them.
func (p *Plan) Hidden(l, group int) int {
	n := 0
	for _, piece := range p.Pieces[l] {
		if piece.Group == group && piece.More {
			n += piece.To - piece.From
		}
	}
	return n
}

// LateOf lists the pieces of list l's late groups that are drawn once the
// reader asks for those groups.
func (p *Plan) LateOf(l int) []PieceRef {
	var refs []PieceRef
	for i, piece := range p.Pieces[l] {
		if piece.Late && !piece.More {
			refs = append(refs, PieceRef{l, i})
		}
	}
	return refs
}

// LateGroups returns how many groups of list l are late.
func (p *Plan) LateGroups(l int) int {
	n, last := 0, -1
	for _, piece := range p.Pieces[l] {
		if piece.Late && piece.Group != last {
			n++
			last = piece.Group
		}
	}
	return n
}
