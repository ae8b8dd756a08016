package e2e

import (
	"strings"
	"testing"
)

// TestRepairsShown pastes an article with control characters in it (a NUL
// and a terminal escape, as copied out of a log or a broken export): the
// engine replaces them and says so, and the page shows that note atop the
// results, in words, so the reader knows the text analyzed is not quite
// the text pasted. (Invalid UTF-8 cannot be pasted: the browser's strings
// are UTF-16, and the bridge to the engine writes U+FFFD for lone
// surrogates; the engine's own tests cover it.)
func TestRepairsShown(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	if n := tb.count("#repairs"); n != 0 {
		t.Fatalf("a repairs note before any analysis")
	}
	tb.paste("Council approves the budget\n\nThe city council voted on Tuesday\x00 to approve the budget, \x1b[31mofficials said.\n")
	tb.analyze()
	if n := tb.count("#repairs"); n != 1 {
		t.Fatalf("there are %d #repairs notes after analyzing a text with control characters, want 1", n)
	}
	note := evalJS[string](tb, `document.querySelector('#repairs').textContent`)
	if !strings.Contains(note, "repaired") || !strings.Contains(strings.ToLower(note), "control") {
		t.Errorf("the repairs note says %q; want it to say the control characters were repaired", note)
	}

	tb.paste("Council approves the budget\n\nThe city council voted on Tuesday to approve the budget, officials said.\n")
	tb.analyze()
	if n := tb.count("#repairs"); n != 0 {
		t.Errorf("a clean text's analysis still shows a repairs note")
	}
}
