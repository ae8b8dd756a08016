package nlp

// wordTable finds a word's wordCache entry. It is an open-addressing hash
// table of FNV-1a hashes, probed linearly, that compares the word with
// the entry's key only when the hashes agree. A Go map did the same job
// at twice the cost in WebAssembly, where the runtime hashes strings
// with its portable fallback: one lookup per token made it a twentieth
// of a long text's analysis.
type wordTable struct {
	slots []wordSlot // a power of two long, at most half full
	n     int
}

// wordSlot is one slot: the word's hash and its id plus one (0: empty).
type wordSlot struct {
	hash uint32
	id1  int32
}

// find returns the id of w among keys (keys[id] is the word of id), or
// -1, and w's hash for add.
func (t *wordTable) find(w string, keys []string) (int32, uint32) {
	h := fnv1a(w)
	if len(t.slots) == 0 {
		return -1, h
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id1 == 0 {
			return -1, h
		}
		if s.hash == h && keys[s.id1-1] == w {
			return s.id1 - 1, h
		}
	}
}

// add files id under hash h, which find did not find.
func (t *wordTable) add(h uint32, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.grow()
	}
	t.put(h, id)
	t.n++
}

func (t *wordTable) put(h uint32, id int32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].id1 != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{h, id + 1}
}

func (t *wordTable) grow() {
	old := t.slots
	t.slots = make([]wordSlot, max(1024, 2*len(old)))
	for _, s := range old {
		if s.id1 != 0 {
			t.put(s.hash, s.id1-1)
		}
	}
}
