package app

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// tassDoc is the sample article's Doc, as the page prepares it.
func tassDoc(t *testing.T) *Doc {
	t.Helper()
	text, err := os.ReadFile("../web/samples/tass-putin-nato.txt")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("testdata/tass-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDoc(string(text), string(data))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// bookDoc is a long article of ASCII text (so that UTF-16 offsets are
// bytes): paragraphs paragraphs, each mentioning one of speakers people
// and quoting them, as the engine would analyze it.
func bookDoc(t *testing.T, paragraphs, speakers int) *Doc {
	t.Helper()
	var b strings.Builder
	a := schema.Analysis{Schema: schema.Version}
	for i := range speakers {
		a.Entities = append(a.Entities, schema.Entity{
			ID: fmt.Sprintf("e%d", i+1), Name: fmt.Sprintf("Person %d", i+1), Type: schema.Person})
	}
	for i := range paragraphs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		e := &a.Entities[i%speakers]
		fmt.Fprintf(&b, "%s said: \"It is day %d.\"", e.Name, i)
		end := b.Len()
		a.Paragraphs = append(a.Paragraphs, schema.Paragraph{Start: start, End: end, Kind: schema.ParagraphBody})
		e.Mentions = append(e.Mentions, schema.Mention{Start: start, End: start + len(e.Name), Text: e.Name, Kind: schema.MentionName})
		qs := start + len(e.Name) + len(` said: "`)
		a.Quotes = append(a.Quotes, schema.Quote{ID: fmt.Sprintf("q%d", i+1), Kind: schema.QuoteDirect,
			Text: b.String()[qs : end-1], Start: qs, End: end - 1, Speaker: ptr(e.ID)})
	}
	data, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	d, err := NewDoc(b.String(), string(data))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestPlanShortArticle(t *testing.T) {
	d := tassDoc(t)
	p := d.Plan
	if len(p.Pages) != 1 {
		t.Errorf("%d pages, want 1", len(p.Pages))
	}
	// The pieces cover every block, in order.
	next := 0
	for i, piece := range p.Pieces[ListArticle] {
		if piece.From != next || piece.To <= piece.From {
			t.Fatalf("article piece %d covers blocks %d..%d, want from %d", i, piece.From, piece.To, next)
		}
		next = piece.To
	}
	if next != len(d.Blocks) {
		t.Errorf("the pieces cover %d of %d blocks", next, len(d.Blocks))
	}
	// Nothing waits for the reader to ask: every piece is drawn at first.
	order := p.Initial(0)
	total := 0
	for l := range numLists {
		total += len(p.Pieces[l])
		for _, piece := range p.Pieces[l] {
			if piece.More || piece.Late {
				t.Errorf("list %d: piece %+v waits to be asked for", l, piece)
			}
		}
	}
	if len(order) != total {
		t.Errorf("the initial order draws %d of %d pieces", len(order), total)
	}
	// Putin is mentioned in the article.
	putin := ""
	for _, e := range d.Analysis.Entities {
		if e.Name == "Vladimir Putin" {
			putin = e.ID
		}
	}
	found := false
	for _, m := range p.Mentioned {
		found = found || m[putin]
	}
	if putin == "" || !found {
		t.Errorf("no piece mentions Vladimir Putin (%q)", putin)
	}
}

func TestPlanLongArticle(t *testing.T) {
	const paragraphs, speakers = 3000, 30
	d := bookDoc(t, paragraphs, speakers)
	p := d.Plan
	if len(p.Pages) < 2 {
		t.Fatalf("%d pages for %d paragraphs", len(p.Pages), paragraphs)
	}
	// The pages cover the pieces in order, each within the page size.
	next := 0
	for i, pg := range p.Pages {
		nodes := 0
		for k := pg.From; k < pg.To; k++ {
			nodes += p.Pieces[ListArticle][k].Nodes
		}
		if pg.From != next || pg.To <= pg.From || nodes > pageNodes+pieceNodes {
			t.Errorf("page %d: pieces %d..%d, %d nodes", i, pg.From, pg.To, nodes)
		}
		next = pg.To
		if got := p.PageOf(pg.From); got != i {
			t.Errorf("PageOf(%d) = %d, want %d", pg.From, got, i)
		}
	}
	if next != len(p.Pieces[ListArticle]) {
		t.Errorf("the pages cover %d of %d pieces", next, len(p.Pieces[ListArticle]))
	}
	for i, piece := range p.Pieces[ListArticle] {
		if piece.Nodes > pieceNodes {
			t.Errorf("article piece %d has %d nodes", i, piece.Nodes)
		}
		if got := p.PieceOfBlock(piece.From); got != i {
			t.Errorf("PieceOfBlock(%d) = %d, want %d", piece.From, got, i)
		}
	}

	// Each speaker has 100 quotes: the first quotesShown are drawn at
	// first, of the first speakersShown speakers.
	perSpeaker := paragraphs / speakers
	drawn := map[int]int{}
	for _, ref := range p.Initial(0) {
		piece := p.Pieces[ref.List][ref.Index]
		if ref.List == ListArticle && p.PageOf(ref.Index) != 0 {
			t.Errorf("the initial order draws article piece %d of page %d", ref.Index, p.PageOf(ref.Index))
		}
		if ref.List == ListQuotes {
			drawn[piece.Group] += piece.To - piece.From
		}
	}
	if len(drawn) != speakersShown {
		t.Errorf("%d speakers drawn at first, want %d", len(drawn), speakersShown)
	}
	for g, n := range drawn {
		if n != quotesShown {
			t.Errorf("speaker group %d: %d quotes drawn at first, want %d", g, n, quotesShown)
		}
		if h := p.Hidden(ListQuotes, g); h != perSpeaker-quotesShown {
			t.Errorf("speaker group %d: %d quotes hidden, want %d", g, h, perSpeaker-quotesShown)
		}
	}
	if n := p.LateGroups(ListQuotes); n != speakers-speakersShown {
		t.Errorf("%d late speakers, want %d", n, speakers-speakersShown)
	}
	late := map[int]bool{}
	for _, ref := range p.LateOf(ListQuotes) {
		piece := p.Pieces[ref.List][ref.Index]
		if piece.More || !piece.Late {
			t.Errorf("LateOf lists piece %+v", piece)
		}
		late[piece.Group] = true
	}
	if len(late) != speakers-speakersShown {
		t.Errorf("LateOf covers %d groups", len(late))
	}
	more := 0
	for _, ref := range p.MoreOf(ListQuotes, 0) {
		more += p.Pieces[ref.List][ref.Index].To - p.Pieces[ref.List][ref.Index].From
	}
	if more != perSpeaker-quotesShown {
		t.Errorf("MoreOf(quotes, 0) covers %d quotes", more)
	}
}
