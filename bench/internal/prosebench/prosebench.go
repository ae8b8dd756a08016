// Package prosebench is prose run the way a caller of its defaults runs
// it, for comparison with Nutgraf's engine: prose.NewDocument with
// tokenizing, segmenting, tagging and entity extraction all on.
//
// The one departure from NewDocument's defaults is that the tagger and
// entity model are loaded once (Load) and passed in with UsingModel:
// without it NewDocument decodes the model again on every call, which
// would bill prose's load time to every analysis. prose.ModelFromData
// with no sources is that same default model.
package prosebench

import "github.com/jdkato/prose/v2"

// Analyzer is a loaded prose model.
type Analyzer struct{ model *prose.Model }

// Load loads prose's default model.
func Load() *Analyzer { return &Analyzer{model: prose.ModelFromData("en")} }

// Analyze runs prose's full default pipeline on text and returns how many
// entities it found. Reading the tokens and sentences makes sure nothing
// is left undone lazily (prose computes everything in NewDocument today).
func (a *Analyzer) Analyze(text string) (int, error) {
	doc, err := prose.NewDocument(text, prose.UsingModel(a.model))
	if err != nil {
		return 0, err
	}
	_ = len(doc.Tokens()) + len(doc.Sentences())
	return len(doc.Entities()), nil
}
