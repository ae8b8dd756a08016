package nlp

import (
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/nutgraf/nutgraf/nlp/nerfeat"
)

// entityModel is Nutgraf's named-entity model, trained by cmd/trainner on
// openly licensed corpora (models/NOTICE): a structured averaged
// perceptron over BIO labels of PER, ORG and LOC with the features of
// nlp/nerfeat, decoded with Viterbi, and the
// gazetteer those features consult. Features are stored as sorted 32-bit
// hashes, so loading decodes no strings.
type entityModel struct {
	labels   []string
	hashes   []uint32
	w        sparseRows
	gazWords *strIndex
	gazFlags []byte // two bytes (little-endian) per word of gazWords
	// Rows of the features that depend on the previous label, found at
	// load: [label], [label*len(capClasses)+cap].
	prevLabel, prevLabelCap []int32
	// Scores of the features that depend on the sentence, by
	// capitalization class: a sentence's first word, a sentence in
	// capitals.
	firstCap, capsLine [len(capClasses)]labelVec
	// trans[cap][l][prev] is the score the previous label prev gives
	// label l of a word of capitalization class cap (the two
	// previous-label features summed), or disallowed when nerfeat.Allowed
	// says l cannot follow prev. Ordered by l, a label's row is one array
	// that the decoder reads in full, with no list of allowed labels to
	// follow and no bounds checks.
	trans []transTable
	// spread[cap] is the most that the previous label's score can
	// differ between two previous labels, over the labels any label may
	// precede (free). A previous label whose path scores more than that
	// below the best path's cannot be the best before any free label, so
	// the decoder need not try it.
	spread []int64
	free   [maxEntityLabels]bool
	// prevOf[l] are the labels allowed before l, lowest first.
	prevOf [maxEntityLabels][]int8
	// gazPair are the scores of nerfeat.GazPairHashes.
	gazPair [len(nerfeat.GazPairHashes)]labelVec
	// edge stands for the missing neighbours at a sentence's ends.
	edge entityWord
}

// capClasses are nerfeat.CapClass's values; a word's index among them
// keys the rows above.
var capClasses = [...]string{"Xx", "XX", "x", "xX", "d", "p"}

// loadEntityModel reads the model (models/entities.bin) and its gazetteer
// (models/gazetteer.bin, a file of its own for its licence).
func loadEntityModel(b, gazetteer []byte) (*entityModel, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	x := &entityModel{}
	if x.labels, err = m.stringList("labels"); err != nil {
		return nil, err
	}
	if len(x.labels) != len(nerfeat.Labels) {
		return nil, errModel("entity model: " + strconv.Itoa(len(x.labels)) + " labels, the code knows " + strconv.Itoa(len(nerfeat.Labels)))
	}
	for i, l := range x.labels {
		if l != nerfeat.Labels[i] {
			return nil, errModel("entity model: label " + l + " is not the code's " + nerfeat.Labels[i])
		}
	}
	if x.hashes, err = readHashes(m); err != nil {
		return nil, err
	}
	if x.w, err = loadSparseRows(m, "entry.label", len(x.hashes), len(x.labels)); err != nil {
		return nil, err
	}
	g, err := parseModelFile(gazetteer)
	if err != nil {
		return nil, err
	}
	if x.gazWords, err = g.index("words"); err != nil {
		return nil, err
	}
	if x.gazFlags, err = g.section("flags"); err != nil {
		return nil, err
	}
	if len(x.gazFlags) != 2*x.gazWords.len() {
		return nil, errModel("entity model: gazetteer words and flags do not agree")
	}
	if err := x.dynamicRows(); err != nil {
		return nil, err
	}
	x.edge = x.boundary()
	return x, nil
}

// readHashes reads the features' hashes: a count, then uvarint distances
// from the previous hash (the list is sorted and distinct).
func readHashes(m modelFile) ([]uint32, error) {
	b, err := m.section("hashes")
	if err != nil {
		return nil, err
	}
	n, k := uvarint(b)
	if k <= 0 || n > uint64(len(b)) {
		return nil, sectionErr("hashes", "bad count")
	}
	b = b[k:]
	out := make([]uint32, n)
	h := uint64(0)
	for i := range out {
		d, k := uvarint(b)
		if k <= 0 || (i > 0 && d == 0) || h+d > 1<<32-1 {
			return nil, sectionErr("hashes", "truncated or not sorted")
		}
		h += d
		out[i] = uint32(h)
		b = b[k:]
	}
	return out, nil
}

// row is the feature row of hash h, -1 if the model has none.
func (x *entityModel) row(h uint32) int32 {
	i := sort.Search(len(x.hashes), func(i int) bool { return x.hashes[i] >= h })
	if i < len(x.hashes) && x.hashes[i] == h {
		return int32(i)
	}
	return -1
}

// rowsOf sums the rows of feats into one score per label.
func (x *entityModel) rowsOf(feats []uint32) labelVec {
	var vec scoreVec
	for _, f := range feats {
		x.w.add(&vec, x.row(f))
	}
	var out labelVec
	copy(out[:], vec[:])
	return out
}

func (x *entityModel) dynamicRows() error {
	single := func(f uint32) int32 { return x.row(f) }
	for l := range x.labels {
		var fs []uint32
		w := nerfeat.Word{}
		fs = nerfeat.Dynamic(fs, &w, l, false, false)
		x.prevLabel = append(x.prevLabel, single(fs[0]))
		for _, c := range capClasses {
			w.Cap = c
			fs = nerfeat.Dynamic(fs[:0], &w, l, false, false)
			x.prevLabelCap = append(x.prevLabelCap, single(fs[1]))
		}
	}
	for c, name := range capClasses {
		w := nerfeat.Word{Cap: name}
		fs := nerfeat.Dynamic(nil, &w, 0, true, true)
		x.firstCap[c] = x.rowsOf(fs[2:3])
		x.capsLine[c] = x.rowsOf(fs[3:4])
	}
	for k, h := range nerfeat.GazPairHashes {
		x.gazPair[k] = x.rowsOf([]uint32{h})
	}
	x.trans = make([]transTable, len(capClasses))
	for c := range capClasses {
		for p := 0; p < maxEntityLabels; p++ {
			var vec scoreVec
			x.w.add(&vec, x.prevLabel[p])
			x.w.add(&vec, x.prevLabelCap[p*len(capClasses)+c])
			for l := 0; l < maxEntityLabels; l++ {
				x.trans[c][l][p] = int64(vec[l])
				if !nerfeat.Allowed(p, l) {
					x.trans[c][l][p] = disallowed
				}
			}
		}
	}
	for l := 0; l < maxEntityLabels; l++ {
		x.free[l] = true
		x.prevOf[l] = nil
		for p := 0; p < maxEntityLabels; p++ {
			if nerfeat.Allowed(p, l) {
				x.prevOf[l] = append(x.prevOf[l], int8(p))
			} else {
				x.free[l] = false
			}
		}
	}
	if labelNames != nerfeat.Labels {
		return errModel("entity model: the decoder's labels are not nerfeat's")
	}
	for l := 0; l < maxEntityLabels; l++ {
		if !x.free[l] && len(x.prevOf[l]) != 2 {
			// label's I-X case reads exactly two: B-X and I-X.
			return errModel("entity model: label " + nerfeat.Labels[l] + " must have two allowed previous labels")
		}
	}
	x.spread = make([]int64, len(capClasses))
	for c := range x.trans {
		for l, row := range x.trans[c] {
			if x.free[l] {
				x.spread[c] = max(x.spread[c], slices.Max(row[:])-slices.Min(row[:]))
			}
		}
	}
	return nil
}

// transTable holds the previous-label scores of one capitalization
// class, by label, then previous label.
type transTable [maxEntityLabels][maxEntityLabels]int64

// Scores are int64 sums of int32 weights: no sentence comes near these.
// A label that cannot start a sentence (I-X) starts unreachable, and a
// disallowed step scores so low that any allowed one beats it, even from
// an unreachable label, without overflowing.
const (
	unreachable = math.MinInt64 / 2
	disallowed  = math.MinInt64 / 4
)

// flags are the gazetteer's flags of a lower-cased word.
func (x *entityModel) flags(lower string) nerfeat.Flags {
	if i := x.gazWords.find3(lower, "", ""); i >= 0 {
		return nerfeat.Flags(x.gazFlags[2*i]) | nerfeat.Flags(x.gazFlags[2*i+1])<<8
	}
	return 0
}

// entityWord is what the entity model keeps of a distinct word (in the
// word cache): its description, its capitalization class, its own
// features summed, and its features as a neighbour, summed per position.
// The sums are dense, a score for every label: a word's neighbours touch
// most labels anyway, and adding eight scores in a fixed loop took half
// the time of adding the same scores as packed entries in WebAssembly.
type entityWord struct {
	word                     nerfeat.Word
	cap                      int8
	own                      labelVec
	prev, next, prev2, next2 labelVec
}

const maxEntityLabels = len(nerfeat.Labels)

// labelVec holds one score per label. It is a scoreVec cut to the eight
// that the labels fit in (the line below fails to compile if they do
// not): labelling makes one per word, and 256 bytes were a measurable
// part of it in WebAssembly.
type labelVec [8]int32

var _ [8 - maxEntityLabels]struct{}

// The labels by index, as nerfeat.Labels has them (dynamicRows checks):
// the decoder's common step is written out for them.
const (
	labelO = iota
	labelBPer
	labelIPer
	labelBOrg
	labelIOrg
	labelBLoc
	labelILoc
)

var labelNames = [...]string{labelO: "O", labelBPer: "B-PER", labelIPer: "I-PER", labelBOrg: "B-ORG", labelIOrg: "I-ORG", labelBLoc: "B-LOC", labelILoc: "I-LOC"}

// fromBOrI is the best score of a path into I-X (whose previous-label
// scores are row) from B-X or from I-X, B-X on ties, and sets *from to
// the label it came from.
func fromBOrI(cur, row *[maxEntityLabels]int64, bx, ix int, from *int8) int64 {
	sb, si := cur[bx]+row[bx], cur[ix]+row[ix]
	if si > sb {
		*from = int8(ix)
		return si
	}
	*from = int8(bx)
	return sb
}

// add adds u's scores to v's, written out as label's sum is.
func (v *labelVec) add(u *labelVec) {
	v[0] += u[0]
	v[1] += u[1]
	v[2] += u[2]
	v[3] += u[3]
	v[4] += u[4]
	v[5] += u[5]
	v[6] += u[6]
	v[7] += u[7]
}

func (x *entityModel) newEntityWord(w string) entityWord {
	ew := entityWord{word: nerfeat.NewWord(w, 0)}
	ew.word.Flags = x.flags(ew.word.Lower)
	for i, c := range capClasses {
		if c == ew.word.Cap {
			ew.cap = int8(i)
		}
	}
	fs := make([]uint32, 0, 16)
	ew.own = x.rowsOf(ew.word.Own(fs))
	ew.prev = x.rowsOf(ew.word.AsPrev(fs[:0]))
	ew.next = x.rowsOf(ew.word.AsNext(fs[:0]))
	ew.prev2 = x.rowsOf(ew.word.AsPrev2(fs[:0]))
	ew.next2 = x.rowsOf(ew.word.AsNext2(fs[:0]))
	return ew
}

// boundary is the entity word standing for a sentence's missing
// neighbours.
func (x *entityModel) boundary() entityWord {
	b := entityWord{word: nerfeat.Boundary}
	b.prev = x.rowsOf(b.word.AsPrev(nil))
	b.next = x.rowsOf(b.word.AsNext(nil))
	b.prev2 = x.rowsOf(b.word.AsPrev2(nil))
	b.next2 = x.rowsOf(b.word.AsNext2(nil))
	return b
}

// label labels one sentence's words with the best-scoring sequence of
// labels in which I-X only follows B-X or I-X (Viterbi, as the trainer
// decodes: nerfeat.Viterbi is the reference), and returns the labels'
// indexes in out. back is scratch memory for the back pointers.
func (x *entityModel) label(words []*entityWord, edge *entityWord, out []int16, back *[][maxEntityLabels]int8) {
	n := len(words)
	if n == 0 {
		return
	}
	var cc nerfeat.CapsCounter
	for _, w := range words {
		cc.Add(w.word.Cap)
	}
	caps := cc.CapsLine()
	at := func(k int) *entityWord {
		if k < 0 || k >= n {
			return edge
		}
		return words[k]
	}
	if cap(*back) < n {
		*back = make([][maxEntityLabels]int8, n)
	}
	bp := (*back)[:n]
	var cur [maxEntityLabels]int64
	for i, w := range words {
		// The static features' scores, shared by every previous label.
		// Written out: Go compiles each turn of a loop to WebAssembly as
		// a trip through a jump table of the function's blocks, and a
		// call costs more still; either costs more than the additions.
		own, p1, n1, p2, n2 := &w.own, &at(i-1).prev, &at(i+1).next, &at(i-2).prev2, &at(i+2).next2
		vec := labelVec{
			own[0] + p1[0] + n1[0] + p2[0] + n2[0],
			own[1] + p1[1] + n1[1] + p2[1] + n2[1],
			own[2] + p1[2] + n1[2] + p2[2] + n2[2],
			own[3] + p1[3] + n1[3] + p2[3] + n2[3],
			own[4] + p1[4] + n1[4] + p2[4] + n2[4],
			own[5] + p1[5] + n1[5] + p2[5] + n2[5],
			own[6] + p1[6] + n1[6] + p2[6] + n2[6],
			own[7] + p1[7] + n1[7] + p2[7] + n2[7],
		}
		if caps {
			vec.add(&x.capsLine[w.cap])
		}
		if gp := nerfeat.GazPairs(at(i-1).word.Flags, w.word.Flags, at(i+1).word.Flags); gp != 0 {
			for k := range x.gazPair {
				if gp&(1<<k) != 0 {
					vec.add(&x.gazPair[k])
				}
			}
		}
		t := &x.trans[w.cap]
		if i == 0 {
			// Only "O" precedes the first word.
			vec.add(&x.firstCap[w.cap])
			for l := range cur {
				cur[l] = unreachable
				if t[l][0] != disallowed {
					cur[l] = int64(vec[l]) + t[l][0]
				}
			}
			continue
		}
		// Each label takes the best of the labels allowed before it, the
		// lowest on ties, as the reference decoder does. Before a free
		// label only the previous labels within spread of the best path
		// can win (usually one: the best), so only those are tried.
		// The best path so far and how many are near it, written out
		// (see the sum above).
		top, ct := 0, cur[0]
		if cur[1] > ct {
			top, ct = 1, cur[1]
		}
		if cur[2] > ct {
			top, ct = 2, cur[2]
		}
		if cur[3] > ct {
			top, ct = 3, cur[3]
		}
		if cur[4] > ct {
			top, ct = 4, cur[4]
		}
		if cur[5] > ct {
			top, ct = 5, cur[5]
		}
		if cur[6] > ct {
			top, ct = 6, cur[6]
		}
		sp := x.spread[w.cap]
		nn := 0
		for p := range cur {
			if ct-cur[p] <= sp {
				nn++
			}
		}
		b := &bp[i]
		if nn == 1 {
			// The common case: only top is near, so every free label
			// comes from it, and I-X from B-X or I-X.
			p := int8(top)
			cur = [maxEntityLabels]int64{
				labelO:    ct + t[labelO][top] + int64(vec[labelO]),
				labelBPer: ct + t[labelBPer][top] + int64(vec[labelBPer]),
				labelIPer: fromBOrI(&cur, &t[labelIPer], labelBPer, labelIPer, &b[labelIPer]) + int64(vec[labelIPer]),
				labelBOrg: ct + t[labelBOrg][top] + int64(vec[labelBOrg]),
				labelIOrg: fromBOrI(&cur, &t[labelIOrg], labelBOrg, labelIOrg, &b[labelIOrg]) + int64(vec[labelIOrg]),
				labelBLoc: ct + t[labelBLoc][top] + int64(vec[labelBLoc]),
				labelILoc: fromBOrI(&cur, &t[labelILoc], labelBLoc, labelILoc, &b[labelILoc]) + int64(vec[labelILoc]),
			}
			b[labelO], b[labelBPer], b[labelBOrg], b[labelBLoc] = p, p, p, p
			continue
		}
		var near [maxEntityLabels]int8
		nn = 0
		for p := 0; p < maxEntityLabels; p++ {
			// Written always, kept when near: no branch.
			near[nn] = int8(p)
			if ct-cur[p] <= sp {
				nn++
			}
		}
		var next [maxEntityLabels]int64
		for l := range next {
			row := &t[l]
			var p int8
			switch {
			case !x.free[l]:
				// I-X: after B-X or I-X, the first on ties.
				p0, p1 := x.prevOf[l][0], x.prevOf[l][1]
				p = p0
				if cur[p1]+row[p1] > cur[p0]+row[p0] {
					p = p1
				}
			default:
				best := int64(math.MinInt64)
				for _, q := range near[:nn] {
					if sc := cur[q] + row[q]; sc > best {
						best, p = sc, q
					}
				}
			}
			next[l] = cur[p] + row[p] + int64(vec[l])
			b[l] = p
		}
		cur = next
	}
	b := 0
	for l := range cur {
		if cur[l] > cur[b] {
			b = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = int16(b)
		b = int(bp[i][b])
	}
}
