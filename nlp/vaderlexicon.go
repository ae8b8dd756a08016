package nlp

// vaderLexicon is VADER's sentiment lexicon (models/vader.bin, written by
// cmd/genvader from vader-sentiment 1.1.3): lower-case words, emoticons
// and slang, each with its mean valence from -4 to 4 in tenths. Every
// word of a text is looked up, so the words are put in a hash table once
// at load (7,500 of them: quick), together with the degree adverbs and
// the rules' keywords, so that one lookup tells all the rules need of a
// word. The table is a wordTable, because the hash is taken while the
// word is lower-cased, and a Go map's lookup cost the stage a quarter of
// its time on top of that.
type vaderLexicon struct {
	keys    []string // views of the decoded buffer, or the lists' words
	entries []vaderEntry
	table   wordTable // finds a word's index in keys
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
	x := &vaderLexicon{}
	x.table.reserve(n + len(vaderBoostersUp) + len(vaderBoostersDown) + len(vaderKeys))
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
	id, h := x.table.find(w, x.keys)
	if id < 0 {
		id = int32(len(x.keys))
		x.keys = append(x.keys, w)
		x.entries = append(x.entries, vaderEntry{})
		x.table.add(h, id)
	}
	return &x.entries[id]
}

// lookup returns what VADER knows of w (lower-case), whose FNV-1a hash is
// h.
func (x *vaderLexicon) lookup(w string, h uint32) vaderEntry {
	if len(w) > x.maxLen {
		return vaderEntry{}
	}
	if id := x.table.findHashed(w, h, x.keys); id >= 0 {
		return x.entries[id]
	}
	return vaderEntry{}
}

const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func fnv1a(w string) uint32 {
	h := uint32(fnvOffset)
	i := 0
	// Four bytes a turn: each turn of a loop is a trip through a jump
	// table in Go's WebAssembly (rows.go's addEntries).
	for ; i+4 <= len(w); i += 4 {
		h = (h ^ uint32(w[i])) * fnvPrime
		h = (h ^ uint32(w[i+1])) * fnvPrime
		h = (h ^ uint32(w[i+2])) * fnvPrime
		h = (h ^ uint32(w[i+3])) * fnvPrime
	}
	for ; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}
