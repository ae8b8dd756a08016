package app

import (
	"encoding/json"
	"os"
	"reflect"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestDecodeAnalysisAsUnmarshal(t *testing.T) {
	data, err := os.ReadFile("testdata/tass-analysis.json")
	if err != nil {
		t.Fatal(err)
	}
	var want schema.Analysis
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	if len(want.Sentences) == 0 {
		t.Fatal("the test data has no sentences")
	}
	got, err := decodeAnalysis(data, NewPacer(nil))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(*got, want) {
		t.Errorf("decodeAnalysis differs from json.Unmarshal:\n got %+v\nwant %+v", *got, want)
	}
}

func TestDecodeAnalysisEdges(t *testing.T) {
	got, err := decodeAnalysis([]byte(`{"quotes": null, "entities": [], "future": {"x": 1}, "stats": {"words": 3}}`), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got.Quotes != nil || got.Entities == nil || len(got.Entities) != 0 || got.Stats.Words != 3 {
		t.Errorf("decoded %+v", got)
	}
	for _, bad := range []string{
		``, `[]`, `{"paragraphs": {}}`, `{"paragraphs": [1]}`, `{"stats": }`, `{"a": 1} {}`, `{"quotes": [{}]`,
	} {
		if _, err := decodeAnalysis([]byte(bad), nil); err == nil {
			t.Errorf("no error for %q", bad)
		}
	}
}

// countWords counts as the engine's sources summary does, so that the
// share-of-voice meters of the groups it has no figures for (anonymous,
// unattributed) add up with the ones it has.
func TestCountWords(t *testing.T) {
	for s, want := range map[string]int{
		"": 0, "  ": 0, "one": 1, " two  words ": 2, "tab\tand\nnew line": 4,
		"non\u00a0breaking space": 3, "“Curly,” he said.": 3,
		"it’s a well-known - if odd - rule, 42 times": 8,
	} {
		if got := countWords(s); got != want {
			t.Errorf("countWords(%q) = %d, want %d", s, got, want)
		}
	}
}

func TestPacerOutsideBrowser(t *testing.T) {
	var reports []float64
	p := NewPacer(func(f float64) { reports = append(reports, f) })
	p.Stage(0.5, 1)
	p.Progress(1, 2)
	if p.fraction != 0.75 {
		t.Errorf("fraction %v, want 0.75", p.fraction)
	}
	p.Progress(3, 2)
	if p.fraction != 1 {
		t.Errorf("fraction %v past the end, want 1", p.fraction)
	}
	p.Yield()
	p.Pause()
	if len(reports) != 0 {
		t.Errorf("a pacer outside the browser paused: %v", reports)
	}
	var nilPacer *Pacer
	nilPacer.Stage(0, 1)
	nilPacer.Progress(1, 1)
	nilPacer.Pause()
	nilPacer.Yield()
}
