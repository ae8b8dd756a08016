package nlp

// vaderLexicon is VADER's sentiment lexicon (models/vader.bin, written by
// cmd/genvader from vader-sentiment 1.1.3): lower-case words, emoticons
// and slang, each with its mean valence from -4 to 4 in tenths. Every
// word of a text is looked up, so the words are put in a hash table once
// at load (7,500 of them: quick), together with the degree adverbs and
// the rules' keywords, so that one lookup tells all the rules need of a
// word. The table is our own, open addressing on FNV-1a, because the
// hash is taken while the word is lower-cased, and a Go map's lookup cost
// the stage a quarter of its time on top of that.
type vaderLexicon struct {
	keys    []string // views of the decoded buffer, or the lists' words
	entries []vaderEntry
	slots   []int32 // index+1 into keys, 0 when empty; a power of two long
	maxLen  int
}

// vaderEntry is what VADER knows of a lower-case word.
type vaderEntry struct {
	tenths  int8 // valence, if inLex
	inLex   bool
	booster int8 // +1 or -1 for a degree adverb that raises or lowers
	key     vaderKey
}

func loadVaderLexicon(b []byte) (*vaderLexicon, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	words, err := m.index("words")
	if err != nil {
		return nil, err
	}
	v, err := m.section("valence10")
	if err != nil {
		return nil, err
	}
	n := words.len()
	if len(v) != n {
		return nil, errModel("vader lexicon: words and valences do not agree")
	}
	x := &vaderLexicon{slots: make([]int32, 1<<14)}
	if n > len(x.slots)/2 {
		return nil, errModel("vader lexicon: too many words for its table")
	}
	for i := 0; i < n; i++ {
		*x.entry(words.view(i)) = vaderEntry{tenths: int8(v[i]), inLex: true}
	}
	set := func(w string, f func(*vaderEntry)) { f(x.entry(w)) }
	for _, w := range vaderBoostersUp {
		set(w, func(e *vaderEntry) { e.booster = 1 })
	}
	for _, w := range vaderBoostersDown {
		set(w, func(e *vaderEntry) { e.booster = -1 })
	}
	for k, w := range vaderKeys[1:] {
		k++ // vaderKeys[0] is keyNone's
		set(w, func(e *vaderEntry) { e.key = vaderKey(k) })
	}
	for _, w := range x.keys {
		x.maxLen = max(x.maxLen, len(w))
	}
	return x, nil
}

// entry returns w's entry, adding it if it is new (at load only).
func (x *vaderLexicon) entry(w string) *vaderEntry {
	mask := uint32(len(x.slots) - 1)
	for i := fnv1a(w) & mask; ; i = (i + 1) & mask {
		k := x.slots[i]
		if k == 0 {
			x.keys = append(x.keys, w)
			x.entries = append(x.entries, vaderEntry{})
			x.slots[i] = int32(len(x.keys))
			return &x.entries[len(x.entries)-1]
		}
		if x.keys[k-1] == w {
			return &x.entries[k-1]
		}
	}
}

// lookup returns what VADER knows of w (lower-case), whose FNV-1a hash is
// h.
func (x *vaderLexicon) lookup(w string, h uint32) vaderEntry {
	if len(w) > x.maxLen {
		return vaderEntry{}
	}
	mask := uint32(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		k := x.slots[i]
		if k == 0 {
			return vaderEntry{}
		}
		if x.keys[k-1] == w {
			return x.entries[k-1]
		}
	}
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnv1a(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}
