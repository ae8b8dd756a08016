package nlp

import (
	"errors"
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
// packs the class in its low 6 bits and the weight (thousandths, signed)
// above them, so the scoring loop reads one array, not two.
type sparseRows struct {
	start []int32
	ent   []uint32
}

const (
	entryClassBits = 6
	maxEntryWeight = 1<<(31-entryClassBits) - 1
)

// loadSparseRows reads the rows of nFeatures features from three
// sections: each feature's entry count (uvarints), the entries' classes
// (bytes) and their weights (zigzag varints).
func loadSparseRows(m modelFile, counts, classes, weights string, nFeatures, nClasses int) (sparseRows, error) {
	if nClasses > maxClasses {
		return sparseRows{}, errors.New("model has " + strconv.Itoa(nClasses) + " classes, at most " + strconv.Itoa(maxClasses))
	}
	n, err := m.uvarints(counts)
	if err != nil {
		return sparseRows{}, err
	}
	if len(n) != nFeatures {
		return sparseRows{}, sectionErr(counts, "has "+strconv.Itoa(len(n))+" rows for "+strconv.Itoa(nFeatures)+" features")
	}
	r := sparseRows{start: make([]int32, len(n)+1)}
	for i, c := range n {
		r.start[i+1] = r.start[i] + int32(c)
	}
	cls, err := m.section(classes)
	if err != nil {
		return sparseRows{}, err
	}
	if int(r.start[len(n)]) != len(cls) {
		return sparseRows{}, sectionErr(classes, "does not have one class per entry")
	}
	for _, c := range cls {
		if int(c) >= nClasses {
			return sparseRows{}, sectionErr(classes, "class "+strconv.Itoa(int(c))+" out of range")
		}
	}
	// The weights are decoded straight into the packed entries: a model
	// has a few hundred thousand, and loading time counts.
	b, err := m.section(weights)
	if err != nil {
		return sparseRows{}, err
	}
	count, k := uvarint(b)
	if k <= 0 || count != uint64(len(cls)) {
		return sparseRows{}, sectionErr(weights, "does not have one weight per entry")
	}
	b = b[k:]
	r.ent = make([]uint32, len(cls))
	for i, c := range cls {
		u, k := uvarint(b)
		w := int64(u>>1) ^ -int64(u&1) // zigzag, as binary.Varint
		if k <= 0 || w < -maxEntryWeight || w > maxEntryWeight {
			return sparseRows{}, sectionErr(weights, "truncated or out of range")
		}
		r.ent[i] = uint32(int32(w))<<entryClassBits | uint32(c)
		b = b[k:]
	}
	return r, nil
}

// add adds feature f's weights to vec (f < 0: no such feature) and
// returns the classes it touched as a bit set.
func (r *sparseRows) add(vec *scoreVec, f int32) uint64 {
	if f < 0 {
		return 0
	}
	var mask uint64
	for _, e := range r.ent[r.start[f]:r.start[f+1]] {
		cl := e & (maxClasses - 1)
		vec[cl] += int32(e) >> entryClassBits
		mask |= 1 << cl
	}
	return mask
}

// rows is the number of features.
func (r *sparseRows) rows() int { return len(r.start) - 1 }
