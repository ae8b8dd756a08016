package nlp

// A text repeats its words: sherlock.txt has 130,000 tokens but 9,000
// distinct ones. Everything the models compute from a word alone (its
// normalized and lower-case forms, its shape, and the model rows of the
// features made from it) is computed once per distinct word, in a
// wordCache, and every token of that word shares it. The Engine keeps its
// caches from call to call (scratchpool.go).
type wordCache struct {
	ids   wordTable
	keys  []string // each entry's word
	words []wordInfo
	// The summed weights of the tagger's features made from the word
	// alone, len(classes) per word, with the classes they touch in tagMask.
	tagVec  []int32
	tagMask []uint64
	// What the entity model knows of each word (entitymodel.go).
	ents []entityWord
	// Rows of the tagger's features that pair the word with the previous
	// tag ("i-1 tag+i word"), filled as pairs are met: -2 is not yet
	// looked up. Each word that needs them gets a block of len(names).
	pairRows []int32
	// rows holds the words' merged context rows.
	rows rowArena
	// facts are what the readability and tone stages need of each word,
	// filled on first use (wordfacts.go).
	facts []wordFacts
}

// wordInfo is what the models know of one distinct token text. Rows are
// indexes into the models' feature tables, -1 where the model has no such
// feature.
type wordInfo struct {
	norm      string
	dictClass int16 // the tagger dictionary's class, -1 if none
	// ruleTag is the tag one of prose's rules gives the word whatever its
	// context (a dash, an emoticon, a link), "" if none; ruleTagID its
	// index in tagger.names.
	ruleTag   string
	ruleTagID int16
	// tagPairs locates the word's block in pairRows, -1 until needed.
	tagPairs int32

	// Tagger rows: features of the word in position i, and of the word
	// seen from its neighbours (as the word before, two before, after,
	// two after).
	tSelf          [3]int32 // i suffix, i pref1, i word
	tPrev1         []uint32 // i-1 word and i-1 suffix, merged (rows.go)
	tPrev2, tNext2 int32    // i-2 word, i+2 word
	tNext1         []uint32 // i+1 word and i+1 suffix, merged
}

func newWordCache() *wordCache { return &wordCache{} }

// id returns the cache entry of word w, filling it on first sight.
func (c *wordCache) id(w string, t *tagger, x *entityModel) int32 {
	id, h := c.ids.find(w, c.keys)
	if id >= 0 {
		return id
	}
	w = cacheKey(w)
	id = int32(len(c.words))
	c.ids.add(h, id)
	c.keys = append(c.keys, w)
	wi := newWordInfo(w, t, &c.rows)
	c.words = append(c.words, wi)
	var vec scoreVec
	var mask uint64
	for _, f := range wi.tSelf {
		mask |= t.w.add(&vec, f)
	}
	c.tagVec = append(c.tagVec, vec[:len(t.classes)]...)
	c.tagMask = append(c.tagMask, mask)
	c.ents = append(c.ents, x.newEntityWord(w))
	c.facts = append(c.facts, wordFacts{})
	return id
}

func newWordInfo(w string, t *tagger, arena *rowArena) wordInfo {
	n := normalizeWord(w)
	wi := wordInfo{norm: n, dictClass: -1, tagPairs: -1}
	wi.ruleTag = t.ruleTag(w)
	wi.ruleTagID = t.tagID(wi.ruleTag)
	if d := t.dict.find3(w, "", ""); d >= 0 {
		wi.dictClass = int16(t.dictClass[d])
	}
	f := t.feats
	wi.tSelf = [3]int32{
		int32(f.find3("i suffix ", suffix3(w), "")),
		int32(f.find3("i pref1 ", firstByteString(w), "")),
		int32(f.find3("i word ", n, "")),
	}
	wi.tPrev1 = t.w.mergeRows(arena, int32(f.find3("i-1 word ", n, "")), int32(f.find3("i-1 suffix ", suffix3(n), "")))
	wi.tPrev2 = int32(f.find3("i-2 word ", n, ""))
	wi.tNext1 = t.w.mergeRows(arena, int32(f.find3("i+1 word ", n, "")), int32(f.find3("i+1 suffix ", suffix3(n), "")))
	wi.tNext2 = int32(f.find3("i+2 word ", n, ""))

	return wi
}

// suffix3 is the last three bytes, as prose slices them.
func suffix3(w string) string { return w[len(w)-min(len(w), 3):] }

// pairRow returns the row of a feature pairing word id with the tag of
// index tagID (len(names) for "None"), looking it up on first use.
func (c *wordCache) pairRow(block *int32, id int32, tagID int, width int, find func() int) int32 {
	if *block < 0 {
		*block = int32(len(c.pairRows))
		for k := 0; k < width; k++ {
			c.pairRows = append(c.pairRows, -2)
		}
	}
	slot := &c.pairRows[int(*block)+tagID]
	if *slot == -2 {
		*slot = int32(find())
	}
	return *slot
}
