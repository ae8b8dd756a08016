package nlp

// wordTable finds a word's index in a list of words that its owner keeps
// (keys[id] is word id): the word cache's words, VADER's lexicon. It is
// an open-addressing hash table of FNV-1a hashes, probed linearly, that
// compares the word with a key only when the hashes agree. Go's map did
// the same job at twice the cost in WebAssembly, where the runtime hashes
// strings with its portable fallback, and a caller that lower-cases a
// word can take its hash on the way (findHashed).
type wordTable struct {
	slots []wordSlot // a power of two long, at most half full
	n     int
}

// wordSlot is one slot: the word's hash and its id plus one (0: empty).
type wordSlot struct {
	hash uint32
	id1  int32
}

// find returns the id of w among keys, or -1, and w's hash for add.
func (t *wordTable) find(w string, keys []string) (int32, uint32) {
	h := fnv1a(w)
	return t.findHashed(w, h, keys), h
}

// findHashed is find for a word whose hash h is known.
func (t *wordTable) findHashed(w string, h uint32, keys []string) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.id1 == 0 {
			return -1
		}
		if s.hash == h && keys[s.id1-1] == w {
			return s.id1 - 1
		}
	}
}

// add files id under hash h, which find did not find.
func (t *wordTable) add(h uint32, id int32) {
	if 2*(t.n+1) > len(t.slots) {
		t.reserve(len(t.slots))
	}
	t.put(h, id)
	t.n++
}

// reserve makes room for n words in all, so that filing them does not
// grow the table again.
func (t *wordTable) reserve(n int) {
	size := 1024
	for size < 2*n {
		size *= 2
	}
	if size <= len(t.slots) {
		return
	}
	old := t.slots
	t.slots = make([]wordSlot, size)
	for _, s := range old {
		if s.id1 != 0 {
			t.put(s.hash, s.id1-1)
		}
	}
}

func (t *wordTable) put(h uint32, id int32) {
	mask := uint32(len(t.slots) - 1)
	i := h & mask
	for t.slots[i].id1 != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = wordSlot{h, id + 1}
}
