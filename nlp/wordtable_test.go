package nlp

import (
	"strconv"
	"testing"
)

// TestWordTable files enough words to grow the table several times,
// including the empty word and words that differ only in case, and finds
// each again under its own id.
func TestWordTable(t *testing.T) {
	var tab wordTable
	var keys []string
	words := []string{"", "a", "A", "the", "The", "THE", "naïve"}
	for i := 0; i < 5000; i++ {
		words = append(words, "w"+strconv.Itoa(i))
	}
	for _, w := range words {
		if id, _ := tab.find(w, keys); id >= 0 {
			t.Fatalf("%q found as %d before it was added", w, id)
		}
		_, h := tab.find(w, keys)
		tab.add(h, int32(len(keys)))
		keys = append(keys, w)
	}
	for want, w := range words {
		if id, _ := tab.find(w, keys); id != int32(want) {
			t.Fatalf("%q: id %d, want %d", w, id, want)
		}
	}
	if id, _ := tab.find("w5000", keys); id != -1 {
		t.Fatalf("a word never added was found as %d", id)
	}
	if 2*tab.n > len(tab.slots) {
		t.Fatalf("%d words in %d slots: more than half full", tab.n, len(tab.slots))
	}
}
