package nlp

import (
	"bytes"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestConcurrentAnalyze: one Engine shared by several goroutines (as the
// command line shares it across cores) gives each text the analysis it
// gives it alone. Run with -race to check the sharing itself.
func TestConcurrentAnalyze(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in testdata (err %v)", err)
	}
	eng, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	var want [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
		want = append(want, analyzeJSON(t, eng, string(data)))
	}
	const goroutines, rounds = 6, 3
	type result struct {
		text int
		json []byte
	}
	got := make([][]result, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for r := range rounds {
				for i := range texts {
					k := (i + g + r) % len(texts) // each goroutine in its own order
					a, err := eng.Analyze(texts[k], Options{})
					if err != nil {
						t.Error(err)
						return
					}
					a.Timings = schema.Timings{} // not results: they vary
					got[g] = append(got[g], result{k, a.AppendJSON(nil)})
				}
			}
		})
	}
	wg.Wait()
	for g := range got {
		for _, r := range got[g] {
			if !bytes.Equal(r.json, want[r.text]) {
				t.Errorf("goroutine %d: %s analyzed concurrently differs: %s", g, files[r.text], firstDiff(string(r.json), string(want[r.text])))
			}
		}
	}
}
