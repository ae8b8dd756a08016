package nlp

import (
	"errors"
	"math"
	"math/bits"
	"strconv"
	"strings"
	"sync"
)

// tagger is prose's averaged-perceptron part-of-speech tagger (a port of
// TextBlob's "fast and accurate" tagger), read from models/tagger.bin. It
// tags exactly as prose does, from the same features, but looks each
// feature up once by hashing its parts instead of building a string and
// map per token.
type tagger struct {
	classes   []string
	dict      *strIndex // words tagged straight from the dictionary
	dictClass []byte
	feats     *strIndex
	w         sparseRows // the features' weights, by class
	rows      tagRows
	// names are the tags the tagger gives: its classes, then its rules'
	// tags and the sentence-start markers; a token's tagID indexes them.
	names []string
}

func loadTagger(b []byte) (*tagger, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	t := &tagger{}
	if t.classes, err = m.stringList("classes"); err != nil {
		return nil, err
	}
	if t.dict, err = m.index("tagdict.words"); err != nil {
		return nil, err
	}
	if t.dictClass, err = m.section("tagdict.class"); err != nil {
		return nil, err
	}
	if t.feats, err = m.index("features"); err != nil {
		return nil, err
	}
	if t.w, err = loadSparseRows(m, "entry.class", t.feats.len(), len(t.classes)); err != nil {
		return nil, err
	}
	if len(t.dictClass) != t.dict.len() {
		return nil, errors.New("tagger model: the dictionary's words and classes do not agree")
	}
	for _, c := range t.dictClass {
		if int(c) >= len(t.classes) {
			return nil, errors.New("tagger model: dictionary class " + strconv.Itoa(int(c)) + " out of range")
		}
	}
	t.buildRows()
	return t, nil
}

// index decodes a string list and indexes it.
func (m modelFile) index(name string) (*strIndex, error) {
	buf, offs, err := m.strings(name)
	if err != nil {
		return nil, err
	}
	return newStrIndex(buf, offs), nil
}

// linkOrEmail reports whether prose would tag w NN as a link or an e-mail
// address (linkmatch.go).
func linkOrEmail(w string) bool {
	hasDot, hasAt := false, false
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '.':
			hasDot = true
		case '@':
			hasAt = true
		}
	}
	// Both patterns need a dot; the e-mail one an at sign too.
	return hasDot && (containsLink(w) || hasAt && containsEmail(w))
}

// tagScratch is one call's working memory, reused across blocks.
type tagScratch struct {
	scores scoreVec
	// pairVec[k*nc:(k+1)*nc], for the previous tags X and Y (k = X*n+Y),
	// sums bias, "i-1 tag X", "i-2 tag Y" and "i tag+i-2 tag X Y":
	// everything the two previous tags contribute, with the classes
	// touched in pairMask. A pair's sum is made when a text first meets
	// the pair: texts meet a few hundred of the 2,500 pairs, and making
	// them all when the model loaded took a sixth of the engine's start.
	pairVec  []int32
	pairMask []uint64
	pairDone []bool
}

// pairScores returns the summed rows of the previous tags X and Y (k =
// X*n+Y), making them on first use.
func (t *tagger) pairScores(sc *tagScratch, k int) ([]int32, uint64) {
	r := &t.rows
	nc := len(t.classes)
	if sc.pairDone == nil {
		sc.pairVec = make([]int32, r.n*r.n*nc)
		sc.pairMask = make([]uint64, r.n*r.n)
		sc.pairDone = make([]bool, r.n*r.n)
	}
	if !sc.pairDone[k] {
		x, y := t.names[k/r.n], t.names[k%r.n]
		pair := int32(t.feats.find5("i tag+i-2 tag ", x, " ", y, ""))
		var vec scoreVec
		sc.pairMask[k] = t.w.add(&vec, r.bias) | t.w.add(&vec, r.prev1[k/r.n]) | t.w.add(&vec, r.prev2[k%r.n]) | t.w.add(&vec, pair)
		copy(sc.pairVec[k*nc:(k+1)*nc], vec[:nc])
		sc.pairDone[k] = true
	}
	return sc.pairVec[k*nc : (k+1)*nc], sc.pairMask[k]
}

// tagRows are the rows of the features made from the previous tags, for
// each tag the tagger can have assigned (its classes and the tags of its
// rules), found once when the model loads.
type tagRows struct {
	ids            map[string]int32
	prev1, prev2   []int32 // "i-1 tag X", "i-2 tag X"
	n              int
	bias           int32
	start1, start2 wordInfo // context words before the first token
	end1, end2     wordInfo // and after the last
}

func (t *tagger) buildRows() {
	names := append([]string{}, t.classes...)
	names = append(names, "-", "-NONE-", "", "-START-", "-START2-")
	r := tagRows{ids: map[string]int32{}, n: len(names)}
	t.names = names
	for i, s := range names {
		if _, dup := r.ids[s]; !dup {
			r.ids[s] = int32(i)
		}
		r.prev1 = append(r.prev1, int32(t.feats.find3("i-1 tag ", s, "")))
		r.prev2 = append(r.prev2, int32(t.feats.find3("i-2 tag ", s, "")))
	}
	r.bias = int32(t.feats.find3("bias", "", ""))
	var arena rowArena
	border := func(s string) wordInfo {
		f := t.feats
		return wordInfo{norm: s,
			tPrev1: t.w.mergeRows(&arena, int32(f.find3("i-1 word ", s, "")), int32(f.find3("i-1 suffix ", suffix3(s), ""))),
			tPrev2: int32(f.find3("i-2 word ", s, "")),
			tNext1: t.w.mergeRows(&arena, int32(f.find3("i+1 word ", s, "")), int32(f.find3("i+1 suffix ", suffix3(s), ""))),
			tNext2: int32(f.find3("i+2 word ", s, "")),
		}
	}
	r.start1, r.start2, r.end1, r.end2 = border("-START-"), border("-START2-"), border("-END-"), border("-END2-")
	t.rows = r
}

// tag gives each token its part-of-speech tag. The tokens are one run of
// text (a block), tagged left to right with the two previous tags as
// context, as prose does over a document. ids are the tokens' wordCache
// entries.
func (t *tagger) tag(toks []token, ids []int32, wc *wordCache, sc *tagScratch) {
	r := &t.rows
	// ctx(k) is the context word at token offset k (-2..n+1).
	n := len(toks)
	ctx := func(k int) *wordInfo {
		switch {
		case k == -2:
			return &r.start1
		case k == -1:
			return &r.start2
		case k == n:
			return &r.end1
		case k == n+1:
			return &r.end2
		}
		return &wc.words[ids[k]]
	}
	p1, p2 := "-START-", "-START2-"
	id1, id2 := r.ids[p1], r.ids[p2]
	for i := 0; i < n; i++ {
		wi := &wc.words[ids[i]]
		var tag string
		var id int32
		switch {
		case wi.ruleTag != "":
			tag, id = wi.ruleTag, int32(wi.ruleTagID)
		case wi.dictClass >= 0:
			tag, id = t.classes[wi.dictClass], int32(wi.dictClass)
		default:
			id = t.predict(sc, wc, ids[i], ctx(i-1), ctx(i-2), ctx(i+1), ctx(i+2), p1, p2, id1, id2)
			if id >= 0 {
				tag = t.classes[id]
			} else {
				id = r.ids[""]
			}
		}
		// A rule's tag outside names is the token itself (ruleTag).
		toks[i].tagID = int16(id)
		p2, p1 = p1, tag
		id2, id1 = id1, id
	}
}

// ruleTag is the tag prose gives w by rule, before its model: "" if none.
func (t *tagger) ruleTag(w string) string {
	switch {
	case w == "-":
		return "-"
	case isEmoticon(w):
		return "SYM"
	case len(w) > 0 && w[0] == '@', linkOrEmail(w):
		return "NN"
	case isNoneToken(w):
		return "-NONE-"
	case len(w) == 5 && w[0] == '-' && w[4] == '-' && isUpperASCII(w[1:4]):
		return w // prose keeps treebank tags such as -LRB- as they are
	}
	return ""
}

// tagID is tag's index in names, -1 for a tag outside them.
func (t *tagger) tagID(tag string) int16 {
	if id, ok := t.rows.ids[tag]; ok {
		return int16(id)
	}
	return -1
}

// predict scores the classes from prose's fourteen features and returns
// the best. Like prose, only classes that some feature gave a weight
// compete; ties go to the first class.
func (t *tagger) predict(sc *tagScratch, wc *wordCache, id int32, prev1, prev2, next1, next2 *wordInfo, p1, p2 string, id1, id2 int32) int32 {
	nc := len(t.classes)
	scores := &sc.scores
	own := wc.tagVec[int(id)*nc : int(id+1)*nc]
	mask := wc.tagMask[id]
	r := &t.rows
	if id1 >= 0 && id2 >= 0 {
		// The word's own features and the two previous tags' in one pass.
		pair, pairMask := t.pairScores(sc, int(id1)*r.n+int(id2))
		sumRows(scores, own, pair)
		mask |= pairMask
	} else {
		copy(scores[:nc], own)
		// A tag outside the table (a rule's tag such as "-LRB-").
		mask |= t.w.add(scores, r.bias)
		mask |= t.w.add(scores, int32(t.feats.find3("i-1 tag ", p1, "")))
		mask |= t.w.add(scores, int32(t.feats.find3("i-2 tag ", p2, "")))
		mask |= t.w.add(scores, int32(t.feats.find5("i tag+i-2 tag ", p1, " ", p2, "")))
	}
	wi := &wc.words[id]
	var word int32 // the row of "i-1 tag+i word"
	if id1 >= 0 {
		word = wc.pairRow(&wi.tagPairs, id, int(id1), r.n, func() int {
			return t.feats.find5("i-1 tag+i word ", p1, " ", wi.norm, "")
		})
	} else {
		word = int32(t.feats.find5("i-1 tag+i word ", p1, " ", wi.norm, ""))
	}
	// One call for the rows of the word and its context: a call costs
	// much more than a loop turn in WebAssembly.
	mask |= addEntries(scores, t.w.entries(word), prev1.tPrev1, t.w.entries(prev2.tPrev2), next1.tNext1, t.w.entries(next2.tNext2))
	if mask == 0 {
		return -1
	}
	return int32(bestClass(scores, mask, nc))
}

// bestClass is the best of the first nc classes of scores that mask
// holds, the first on ties. Only the classes some feature touched
// compete: the others are scored out of reach (no sum of the model's
// weights comes near math.MinInt32), and the best is then found in one
// pass over all, four scores a turn (see addEntries).
func bestClass(scores *scoreVec, mask uint64, nc int) int {
	for m := ^mask & lowBits(nc); m != 0; m &= m - 1 {
		scores[bits.TrailingZeros64(m)&(maxClasses-1)] = math.MinInt32
	}
	s := scores[:nc]
	best, top := 0, s[0]
	c := 1
	for ; c+4 <= len(s); c += 4 {
		x := s[c : c+4]
		if x[0] > top {
			best, top = c, x[0]
		}
		if x[1] > top {
			best, top = c+1, x[1]
		}
		if x[2] > top {
			best, top = c+2, x[2]
		}
		if x[3] > top {
			best, top = c+3, x[3]
		}
	}
	for ; c < len(s); c++ {
		if s[c] > top {
			best, top = c, s[c]
		}
	}
	return best
}

// lowBits is a mask of the n lowest bits, n <= 64.
func lowBits(n int) uint64 {
	if n >= 64 {
		return ^uint64(0)
	}
	return 1<<n - 1
}

// sumRows sets scores[:len(a)] to a + b, four classes a turn (see
// addEntries).
func sumRows(scores *scoreVec, a, b []int32) {
	b = b[:len(a)] // one bounds check, not one per class
	c := 0
	for ; c+4 <= len(a) && c+4 <= maxClasses; c += 4 {
		s, x, y := scores[c:c+4], a[c:c+4], b[c:c+4]
		s[0], s[1], s[2], s[3] = x[0]+y[0], x[1]+y[1], x[2]+y[2], x[3]+y[3]
	}
	for ; c < len(a); c++ {
		scores[c&(maxClasses-1)] = a[c] + b[c]
	}
}

// firstByteString is prose's string(w[0]): the first byte read as a code
// point, so a byte of a multi-byte character becomes a Latin-1 letter.
func firstByteString(w string) string {
	if w[0] < 0x80 {
		return w[:1]
	}
	return string(rune(w[0]))
}

// normalizeWord is the form prose's tagger uses for context words.
func normalizeWord(w string) string {
	if w == "" {
		return w
	}
	if w[0] != '-' && containsByte(w, '-') {
		return "!HYPHEN"
	}
	if len(w) == 4 {
		if _, err := strconv.Atoi(w); err == nil {
			return "!YEAR"
		}
	}
	if w[0] >= '0' && w[0] <= '9' {
		return "!DIGITS"
	}
	return strings.ToLower(w) // no allocation when already lower-case
}

func containsByte(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// isNoneToken is prose's test for the treebank's empty elements, the
// regexp ^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$ written out.
func isNoneToken(w string) bool {
	if w == "0" || w == "*" {
		return true
	}
	if len(w) < 2 || w[0] != '*' {
		return false
	}
	rest := w[1:]
	switch {
	case len(rest) == 2 && rest[1] == '*' && (isWordByte(rest[0]) || rest[0] == '?'): // *x*
		return true
	case rest[0] == '-': // *-12
		return isDigits(rest[1:], 1, 3)
	}
	// *ABC*-12
	i := 0
	for i < len(rest) && rest[i] >= 'A' && rest[i] <= 'Z' {
		i++
	}
	return i > 0 && i+1 < len(rest) && rest[i] == '*' && rest[i+1] == '-' && isDigits(rest[i+2:], 1, 3)
}

func isWordByte(c byte) bool {
	return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isDigits(s string, lo, hi int) bool {
	if len(s) < lo || len(s) > hi {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isUpperASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'A' || s[i] > 'Z' {
			return false
		}
	}
	return true
}

// emoticonSet holds tokEmoticons, the emoticons prose keeps whole as
// tokens and tags SYM.
var emoticonSet = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, len(tokEmoticons))
	for _, e := range tokEmoticons {
		m[e] = true
	}
	return m
})

func isEmoticon(w string) bool { return emoticonSet()[w] }
