package nlp

import (
	"testing"

	"github.com/nutgraf/nutgraf/nlp/syllable"
)

// TestSyllableTableIsCurrent: the table holds only words the rules
// miscount, so a change to the rules that is not followed by make
// syllables leaves entries that correct nothing (or miss new errors).
func TestSyllableTableIsCurrent(t *testing.T) {
	tab := engine(t).syllables
	if tab.words.len() < 1000 {
		t.Fatalf("syllable table holds %d words", tab.words.len())
	}
	for i := range tab.words.len() {
		w := tab.words.str(i)
		if n := int(tab.counts[i]); n == syllable.Rules(w) || n == 0 {
			t.Errorf("table word %q has %d syllables, which the rules give: regenerate with make syllables", w, n)
		}
	}
}
