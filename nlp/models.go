package nlp

import _ "embed"

// The models, converted from prose's by cmd/genmodel (see models/NOTICE).
// They are embedded so the engine is one file that needs no fetch.
var (
	//go:embed models/tagger.bin
	taggerModelBytes []byte
	//go:embed models/ner.bin
	nerModelBytes []byte
)
