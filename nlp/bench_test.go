package nlp

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// Benchmarks per stage, on the TASS article and on prose's 580 KB
// sherlock.txt. b.SetBytes makes `go test -bench` report MB/s.

func benchText(b testing.TB, which string) string {
	b.Helper()
	if which == "tass" {
		return readTestdata(b, "tass-putin-nato.txt")
	}
	data, err := os.ReadFile(filepath.Join(goModCache(b), "github.com", "jdkato", "prose", "v2@v2.0.0", "testdata", "sherlock.txt"))
	if err != nil {
		b.Fatalf("sherlock.txt (prose's testdata): %v", err)
	}
	return string(data)
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := New(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkAnalyzeTASS(b *testing.B)     { benchAnalyze(b, "tass") }
func BenchmarkAnalyzeSherlock(b *testing.B) { benchAnalyze(b, "sherlock") }

func benchAnalyze(b *testing.B, which string) {
	eng, text := engine(b), benchText(b, which)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := eng.Analyze(text, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// stages runs the pipeline up to each stage once, so that a stage's
// benchmark has its inputs.
func BenchmarkStages(b *testing.B) {
	eng, text := engine(b), benchText(b, "sherlock")
	noProgress := func(string, int, int) {}
	// A warm engine's scratch, caches filled, as Analyze would use it.
	m := eng.scratch.get()
	defer eng.scratch.put(m)
	b.Run("structure", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			parseStructure(text)
		}
	})
	b.Run("sentences+tokens+tags", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			eng.segment(parseStructure(text), m, noProgress)
		}
	})
	doc := parseStructure(text)
	eng.segment(doc, m, noProgress)
	b.Run("entities", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			findEntities(doc)
		}
	})
	ents := findEntities(doc)
	b.Run("quotes", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			findQuotes(doc, findEntities(doc))
		}
	})
	findQuotes(doc, ents)
	b.Run("measure", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			measure(doc, m.words, m.syllables, eng.syllables)
		}
	})
	a, err := eng.Analyze(text, Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("json", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			if _, err := json.Marshal(a); err != nil {
				b.Fatal(err)
			}
		}
	})
}
