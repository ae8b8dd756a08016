package nlp

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxent is prose's maximum-entropy entity labeller, read from
// models/ner.bin: it labels each token B-/I-TYPE or O from seventeen
// features of the token, its neighbours and the previous label. prose looks
// up every feature once per label ("word-Putin-B-PERSON"); here each
// feature value is looked up once and carries the weights of all its
// labels, and weights are integers in one common unit.
type maxent struct {
	labels   []string
	tagNames []string // the tagger's, which tokens' tagIDs index
	wordlist *strIndex
	feats    *strIndex
	w        sparseRows // the features' weights, by label
	rows     nerRows
}

func loadMaxent(b []byte) (*maxent, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	x := &maxent{}
	lbuf, loffs, err := m.strings("labels")
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(loffs); i++ {
		l := string(lbuf[loffs[i]:loffs[i+1]])
		x.labels = append(x.labels, l)
	}
	if x.wordlist, err = m.index("wordlist"); err != nil {
		return nil, err
	}
	if x.feats, err = m.index("features"); err != nil {
		return nil, err
	}
	if x.w, err = loadSparseRows(m, "entry.label", x.feats.len(), len(x.labels)); err != nil {
		return nil, err
	}
	return x, nil
}

// nerScratch is one call's working memory.
type nerScratch struct {
	scores  scoreVec
	history []int8 // index into prevTags of each token's label's history form
}

// History forms of a label, as prose's "prevtag" feature writes them.
var prevTags = [...]string{"None", "B", "I", "O"}

// Shapes wordShape returns, and "None" for no previous word.
var shapeNames = [...]string{"None", "number", "punct", "downcase", "upcase", "mixedcase", "other"}

// nerRows are the rows of the features made from tags, labels and shapes,
// found once when the model loads.
type nerRows struct {
	tagIDs                     map[string]int32
	pos, prevPos, nextPos      []int32 // by tag ID
	posPrevTag                 []int32 // [tag*4+prevtag]
	shapePrevTag               []int32 // [shape*4+prevtag]
	prevTag                    [4]int32
	bias                       int32
	prevWordNone, nextWordNone int32
	prevPosNone, nextPosNone   int32
	labelHistory               []int8 // each label's prevTags index
}

func (x *maxent) buildRows(tagNames []string) {
	g := x.feats
	x.tagNames = tagNames
	r := nerRows{tagIDs: map[string]int32{}}
	for i, tname := range tagNames {
		r.tagIDs[tname] = int32(i)
		r.pos = append(r.pos, int32(g.find3("pos-", tname, "")))
		r.prevPos = append(r.prevPos, int32(g.find3("prevpos-", tname, "")))
		r.nextPos = append(r.nextPos, int32(g.find3("nextpos-", strings.ToLower(tname), "")))
		for _, pt := range prevTags {
			r.posPrevTag = append(r.posPrevTag, int32(g.find5("pos+prevtag-", tname, "+", pt, "")))
		}
	}
	for _, sh := range shapeNames {
		for _, pt := range prevTags {
			r.shapePrevTag = append(r.shapePrevTag, int32(g.find5("shape+prevtag-", sh, "+", pt, "")))
		}
	}
	for i, pt := range prevTags {
		r.prevTag[i] = int32(g.find3("prevtag-", pt, ""))
	}
	r.bias = int32(g.find3("bias-True", "", ""))
	r.prevWordNone = int32(g.find3("prevword-None", "", ""))
	r.nextWordNone = int32(g.find3("nextword-None", "", ""))
	r.prevPosNone = int32(g.find3("prevpos-None", "", ""))
	r.nextPosNone = int32(g.find3("nextpos-None", "", ""))
	for _, l := range x.labels {
		h := strings.SplitN(l, "-", 2)[0]
		for i, pt := range prevTags {
			if pt == h {
				r.labelHistory = append(r.labelHistory, int8(i))
			}
		}
	}
	x.rows = r
}

// label sets each token's entity label, left to right, as prose does over
// one document (here: one block), with the POS tags already set. ids are
// the tokens' wordCache entries.
func (x *maxent) label(toks []token, ids []int32, wc *wordCache, sc *nerScratch) {
	n := len(toks)
	r := &x.rows
	sc.history = sc.history[:0]
	nl := len(x.labels)
	add := func(f int32) { x.w.add(&sc.scores, f) }
	// tagRow finds a token's tag's row in a table, or looks it up for a
	// tag the table does not know.
	tagRow := func(table []int32, prefix string, tok *token) int32 {
		if tok.tagID >= 0 {
			return table[tok.tagID]
		}
		tag := tok.text // a tag outside the tagger's names is the token
		if prefix == "nextpos-" {
			tag = strings.ToLower(tag)
		}
		return int32(x.feats.find3(prefix, tag, ""))
	}
	none := len(r.pos) // the pair-row slot for "None" (no next word)
	for i := 0; i < n; i++ {
		wi := &wc.words[ids[i]]
		copy(sc.scores[:nl], wc.nerVec[int(ids[i])*nl:int(ids[i]+1)*nl]) // bias and the word's own features
		add(tagRow(r.pos, "pos-", &toks[i]))
		prevTag, prevShape := 0, 0 // "None"
		if i >= 1 {
			prevTag = int(sc.history[i-1])
			add(wc.words[ids[i-1]].nPrevWord)
			add(tagRow(r.prevPos, "prevpos-", &toks[i-1]))
			if i >= 2 {
				prevShape = int(wc.words[ids[i-1]].shapeID)
			}
		} else {
			add(r.prevWordNone)
			add(r.prevPosNone)
		}
		add(r.prevTag[prevTag])
		nextSlot := none
		if i < n-1 {
			add(wc.words[ids[i+1]].nNextWord)
			add(tagRow(r.nextPos, "nextpos-", &toks[i+1]))
			nextSlot = int(toks[i+1].tagID)
		} else {
			add(r.nextWordNone)
			add(r.nextPosNone)
		}
		wordNextPos := func() int {
			nextPos := "None"
			if i < n-1 {
				nextPos = strings.ToLower(tagName(x.tagNames, toks[i+1]))
			}
			return x.feats.find5("word+nextpos-", wi.lower, "+", nextPos, "")
		}
		if nextSlot >= 0 {
			add(wc.pairRow(&wi.nerPairs, ids[i], nextSlot, none+1, wordNextPos))
		} else {
			add(int32(wordNextPos()))
		}
		if id := toks[i].tagID; id >= 0 {
			add(r.posPrevTag[int(id)*4+prevTag])
		} else {
			add(int32(x.feats.find5("pos+prevtag-", toks[i].text, "+", prevTags[prevTag], "")))
		}
		add(r.shapePrevTag[prevShape*4+prevTag])
		best := 0
		for k := 1; k < len(x.labels); k++ {
			if sc.scores[k] > sc.scores[best] {
				best = k
			}
		}
		toks[i].labelID = int16(best)
		sc.history = append(sc.history, r.labelHistory[best])
	}
}

// wordShape is prose's shape feature: "number" for what parses as a float,
// "punct" when the last character is not an ASCII word character (Go's \W),
// else "downcase", "upcase" (title case) or "mixedcase".
func wordShape(w string) string {
	if w == "" {
		return "other"
	}
	if looksNumeric(w) {
		if _, err := strconv.ParseFloat(w, 64); err == nil {
			return "number"
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if !(r == '_' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
		return "punct"
	}
	if strings.ToLower(w) == w {
		return "downcase"
	}
	if strings.Title(w) == w { //nolint:staticcheck // prose's feature is defined by strings.Title
		return "upcase"
	}
	return "mixedcase"
}

// looksNumeric rules out, cheaply, the words ParseFloat cannot accept: it
// needs a digit, or is one of "inf", "infinity", "nan" in some case.
func looksNumeric(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	switch strings.ToLower(strings.TrimLeft(w, "+-")) {
	case "inf", "infinity", "nan":
		return true
	}
	return false
}
