package nlp

import (
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkTokenizeBlocks tokenizes sherlock.txt paragraph by paragraph,
// as the engine calls it, into one reused slice: under js/wasm, writing
// the 8 MB of tokens of the whole text costs more than finding them.
func BenchmarkTokenizeBlocks(b *testing.B) {
	text := benchSherlock(b)
	var paras [][2]int
	for pos := 0; pos < len(text); {
		end := strings.Index(text[pos:], "\n\n")
		if end < 0 {
			end = len(text)
		} else {
			end += pos
		}
		paras = append(paras, [2]int{pos, end})
		pos = end + 2
	}
	tz := newTokenizer()
	var out []token
	n := 0
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		n = 0
		for _, p := range paras {
			out = tz.appendTokens(out[:0], text, p[0], p[1])
			n += len(out)
		}
	}
	b.ReportMetric(float64(n), "tokens")
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
