package nlp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/jdkato/prose/v2"
)

// benchSherlock is prose's own benchmark text, from the module cache.
func benchSherlock(b *testing.B) string {
	b.Helper()
	text, err := os.ReadFile(filepath.Join(tokProseTestdata(b), "sherlock.txt"))
	if err != nil {
		b.Fatalf("prose's testdata/sherlock.txt: %v", err)
	}
	return string(text)
}

// BenchmarkTokenize tokenizes sherlock.txt whole, reusing the token slice
// as the engine does.
func BenchmarkTokenize(b *testing.B) {
	text := benchSherlock(b)
	tz := newTokenizer()
	var out []token
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out = tz.appendTokens(out[:0], text, 0, len(text))
	}
	b.ReportMetric(float64(len(out)), "tokens")
}

// BenchmarkTokenizeProse is the reference, for the ratio.
func BenchmarkTokenizeProse(b *testing.B) {
	text := benchSherlock(b)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false)); err != nil {
			b.Fatal(err)
		}
	}
}
