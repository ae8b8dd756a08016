package nlp

import "github.com/nutgraf/nutgraf/nlp/nerfeat"

// document is the working state that the stages share: the text and what
// each stage has found so far, in byte offsets.
type document struct {
	text      string
	blocks    []block
	dateline  *dateline
	sentences []sentence
	tokens    []token
	// The models' tag and label names, which tokens index.
	tagNames, labelNames []string
	caps                 []bool // capsTokens, once worked out
	// raw are the stretches in quotation marks (scanQuotes), found once
	// for the entities (titles of works) and the quotes.
	raw     []rawQuote
	rawDone bool
}

// block is a paragraph: a run of text between blank lines.
type block struct {
	start, end int
	kind       string // a schema.Paragraph* kind
	// textStart is where the block's running text begins: after the
	// dateline in the paragraph that opens with one, else start.
	textStart int
}

// sentence is a sentence of a block; tokens[tokLo:tokHi] are its tokens.
type sentence struct {
	start, end   int
	block        int
	tokLo, tokHi int
}

// token is a word or punctuation mark with its POS tag and the entity
// label the base NER gave it ("B-PERSON", "O"). text is the token as
// prose's tokenizer writes it, which the models' features are built from:
// usually text[start:end], but prose straightens curly quotes. The tag and
// label are indexes into the models' name lists, not strings: a long text
// has a hundred thousand tokens, and every byte of a token counts.
type token struct {
	start, end int
	text       string
	// tagID indexes the tagger's names; -1 means the tag is the token's
	// own text (prose keeps treebank tokens such as -LRB- as their tag).
	tagID   int16
	labelID int16         // index in the entity model's labels
	gaz     nerfeat.Flags // what the gazetteer says of the word
	// word is 1 + the token's entry in the word cache of the analysis
	// (wordcache.go), 0 for none, through which later stages reach what
	// was worked out once for the word (wordfacts.go).
	word int32
}

// tagName is the POS tag of tok among the tagger's names.
func tagName(names []string, tok token) string {
	if tok.tagID < 0 {
		return tok.text
	}
	return names[tok.tagID]
}

// tagOf is tok's POS tag.
func (d *document) tagOf(tok token) string { return tagName(d.tagNames, tok) }

// labelOf is tok's base entity label.
func (d *document) labelOf(tok token) string { return d.labelNames[tok.labelID] }

// dateline is the opening place/date/agency line of a wire story.
type dateline struct {
	block                  int
	start, end             int
	place, date, agency    string
	agencyStart, agencyEnd int
	placeStart, placeEnd   int
}

func (d *document) slice(start, end int) string { return d.text[start:end] }

// blockOf returns the index of the block holding offset off, or -1.
func (d *document) blockOf(off int) int {
	return spanIndex(len(d.blocks), off, func(i int) (int, int) { return d.blocks[i].start, d.blocks[i].end })
}

// sentenceOf returns the index of the sentence holding offset off, or -1.
func (d *document) sentenceOf(off int) int {
	return spanIndex(len(d.sentences), off, func(i int) (int, int) { return d.sentences[i].start, d.sentences[i].end })
}

// spanIndex binary-searches n ordered, non-overlapping spans for the one
// holding off.
func spanIndex(n, off int, span func(int) (int, int)) int {
	lo, hi := 0, n
	for lo < hi {
		m := (lo + hi) / 2
		switch s, e := span(m); {
		case off < s:
			hi = m
		case off >= e:
			lo = m + 1
		default:
			return m
		}
	}
	return -1
}
