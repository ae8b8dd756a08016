package nlp

import (
	"bytes"
	"os"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// An Engine's word caches carry over from call to call; an analysis must
// not depend on what the engine read before. Each shared article,
// analyzed by a fresh engine, must come out byte for byte as it does from
// an engine that has just read every article (in the opposite order).
func TestCachesDoNotChangeResults(t *testing.T) {
	files := sharedArticles(t)
	used, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for i := len(files) - 1; i >= 0; i-- {
		text, err := os.ReadFile(files[i])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := used.Analyze(string(text), Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(used.scratch.idle); n != 1 || len(used.scratch.idle[0].words.words) == 0 {
		t.Fatalf("after sequential calls the engine keeps %d scratch, want 1 with a filled cache", n)
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		fresh, err := New()
		if err != nil {
			t.Fatal(err)
		}
		want := analyzeJSON(t, fresh, string(text))
		got := analyzeJSON(t, used, string(text))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: a warm engine's analysis differs from a fresh one's: %s", f, firstDiff(string(got), string(want)))
		}
	}
}

func analyzeJSON(t *testing.T, e *Engine, text string) []byte {
	t.Helper()
	a, err := e.Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	// Timings differ from run to run; they are not results.
	a.Timings = schema.Timings{}
	return a.AppendJSON(nil)
}
