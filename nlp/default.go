package nlp

import (
	"sync"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The shared engine behind the package-level Analyze, loaded on first use.
var (
	defaultOnce   sync.Once
	defaultEngine *Engine
	defaultErr    error
)

// Analyze analyzes text with a shared Engine, loading the models on the
// first call. Programs that want to control when the models load, or that
// pass Options, use New and Engine.Analyze.
func Analyze(text string) (*schema.Analysis, error) {
	defaultOnce.Do(func() { defaultEngine, defaultErr = New() })
	if defaultErr != nil {
		return nil, defaultErr
	}
	return defaultEngine.Analyze(text, Options{})
}
