package nlp

import (
	"math/bits"
	"strconv"
)

// maxClasses bounds the classes (tags, labels) of a linear model, so that
// a score vector is a [maxClasses]int32 and a set of classes one uint64.
const maxClasses = 64

// scoreVec holds one score per class. Indexing it with a class masked to
// maxClasses-1 needs no bounds check, which the hot loops feel in wasm.
type scoreVec [maxClasses]int32

// sparseRows are a linear model's weights, a row of (class, weight)
// entries per feature: feature f's are ent[start[f]:start[f+1]]. An entry
// packs the class in its low 6 bits and the weight above them, so the
// scoring loop reads one array.
//
// The model file keeps classes and weights a byte each (cmd/genmodel's
// sparseRows), with the few weights too big for a byte apart: bytes
// compress well and expand with a plain loop. V8 runs run-once loading
// code unoptimized, where decoding the tagger's 271,000 weights as
// varints took a fifth of the engine's start.
type sparseRows struct {
	start []int32
	ent   []uint32
}

const entryClassBits = 6

// bigWeight marks a weight outside -127..127.
const bigWeight = -128

// loadSparseRows reads the rows of nFeatures features: their entry counts
// ("feature.count"), the entries' classes (section classes) and weights
// ("entry.weight8", "entry.big").
func loadSparseRows(m modelFile, classes string, nFeatures, nClasses int) (sparseRows, error) {
	if nClasses > maxClasses {
		return sparseRows{}, errModel("model has " + strconv.Itoa(nClasses) + " classes, at most " + strconv.Itoa(maxClasses))
	}
	counts, err := m.section("feature.count")
	if err != nil {
		return sparseRows{}, err
	}
	if len(counts) != nFeatures {
		return sparseRows{}, sectionErr("feature.count", "has "+strconv.Itoa(len(counts))+" rows for "+strconv.Itoa(nFeatures)+" features")
	}
	r := sparseRows{start: make([]int32, len(counts)+1)}
	for i, c := range counts {
		r.start[i+1] = r.start[i] + int32(c)
	}
	n := int(r.start[len(counts)])
	cls, err := m.section(classes)
	if err != nil {
		return sparseRows{}, err
	}
	weights, err := m.section("entry.weight8")
	if err != nil {
		return sparseRows{}, err
	}
	if len(cls) != n || len(weights) != n {
		return sparseRows{}, sectionErr(classes, "does not have one class and one weight per entry")
	}
	r.ent = make([]uint32, n)
	if bad := packEntries(r.ent, cls, weights, nClasses); bad >= 0 {
		return sparseRows{}, sectionErr(classes, "class "+strconv.Itoa(int(cls[bad]))+" out of range")
	}
	if err = r.readBigWeights(m, weights); err != nil {
		return sparseRows{}, err
	}
	return r, nil
}

// packEntries packs classes and byte weights into ent and returns the
// index of the first class >= nClasses, or -1.
func packEntries(ent []uint32, cls, weights []byte, nClasses int) int {
	weights = weights[:len(cls)]
	ent = ent[:len(cls)]
	for i, c := range cls {
		if int(c) >= nClasses {
			return i
		}
		ent[i] = pack(c, int32(int8(weights[i])))
	}
	return -1
}

func pack(class byte, weight int32) uint32 { return uint32(weight)<<entryClassBits | uint32(class) }

// readBigWeights reads "entry.big", the weights that do not fit a byte
// (each a distance from the previous one's entry index and a weight), into
// their entries.
func (r *sparseRows) readBigWeights(m modelFile, weights []byte) error {
	b, err := m.section("entry.big")
	if err != nil {
		return err
	}
	count, k := uvarint(b)
	if k <= 0 || count > uint64(len(b)) {
		return sectionErr("entry.big", "bad count")
	}
	b = b[k:]
	at := 0
	for range count {
		d, k1 := uvarint(b)
		if k1 <= 0 {
			return sectionErr("entry.big", "truncated")
		}
		v, k2 := varint(b[k1:])
		if k2 <= 0 {
			return sectionErr("entry.big", "truncated")
		}
		at += int(d)
		if at >= len(weights) || int8(weights[at]) != bigWeight || v < -maxPackedWeight || v > maxPackedWeight {
			return sectionErr("entry.big", "entry "+strconv.Itoa(at)+" is not a big weight")
		}
		r.ent[at] = pack(byte(r.ent[at]&(maxClasses-1)), int32(v))
		b = b[k1+k2:]
	}
	if len(b) != 0 {
		return sectionErr("entry.big", "trailing bytes")
	}
	return nil
}

// maxPackedWeight is the largest weight an entry holds.
const maxPackedWeight = 1<<(31-entryClassBits) - 1

// add adds feature f's weights to vec (f < 0: no such feature) and
// returns the classes it touched as a bit set.
func (r *sparseRows) add(vec *scoreVec, f int32) uint64 {
	return addEntries(vec, r.entries(f))
}

// entries are feature f's packed entries, none if f < 0.
func (r *sparseRows) entries(f int32) []uint32 {
	if f < 0 {
		return nil
	}
	return r.ent[r.start[f]:r.start[f+1]]
}

// addEntries adds rows of packed entries to vec and returns the classes
// they touched.
//
// It takes four entries a turn. Go compiles a function to WebAssembly as
// one loop around a jump table of its basic blocks, so every turn of a
// loop is a trip through that table: a quarter of the turns made tagging
// a fifth faster. For the same reason it takes several rows: a call costs
// more still.
func addEntries(vec *scoreVec, rows ...[]uint32) uint64 {
	var mask uint64
	for _, ents := range rows {
		for ; len(ents) >= 4; ents = ents[4:] {
			e0, e1, e2, e3 := ents[0]&(maxClasses-1), ents[1]&(maxClasses-1), ents[2]&(maxClasses-1), ents[3]&(maxClasses-1)
			vec[e0] += int32(ents[0]) >> entryClassBits
			vec[e1] += int32(ents[1]) >> entryClassBits
			vec[e2] += int32(ents[2]) >> entryClassBits
			vec[e3] += int32(ents[3]) >> entryClassBits
			mask |= 1<<e0 | 1<<e1 | 1<<e2 | 1<<e3
		}
		for _, e := range ents {
			cl := e & (maxClasses - 1)
			vec[cl] += int32(e) >> entryClassBits
			mask |= 1 << cl
		}
	}
	return mask
}

// mergeRows sums rows f1 and f2 into one row of packed entries, one per
// class either touched (a class touched with weights summing to 0 stays:
// it still competes), in memory from arena.
func (r *sparseRows) mergeRows(arena *rowArena, f1, f2 int32) []uint32 {
	var vec scoreVec
	mask := r.add(&vec, f1) | r.add(&vec, f2)
	return packVec(arena, &vec, mask)
}

// packVec writes the classes in mask of vec as a row of packed entries.
func packVec(arena *rowArena, vec *scoreVec, mask uint64) []uint32 {
	row := arena.alloc(bits.OnesCount64(mask))[:0]
	for m := mask; m != 0; m &= m - 1 {
		k := bits.TrailingZeros64(m)
		row = append(row, pack(byte(k), vec[k]))
	}
	return row
}

// rowArena hands out rows of packed entries from shared chunks, so that
// thousands of short rows cost a few allocations.
type rowArena struct{ free []uint32 }

func (a *rowArena) alloc(n int) []uint32 {
	if len(a.free) < n {
		a.free = make([]uint32, max(n, 4096))
	}
	row := a.free[:n:n]
	a.free = a.free[n:]
	return row
}
