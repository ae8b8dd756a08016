package nlp

import _ "embed"

// The models (see models/NOTICE): the tagger converted from prose's by
// cmd/genmodel, the entity model and its gazetteer trained and built by
// cmd/trainner; the syllable table built from the CMU Pronouncing
// Dictionary by cmd/gensyllables; VADER's sentiment lexicon by
// cmd/genvader. They are embedded so the engine is one file that needs no
// fetch.
var (
	//go:embed models/tagger.bin
	taggerModelBytes []byte
	//go:embed models/entities.bin
	entityModelBytes []byte
	//go:embed models/gazetteer.bin
	gazetteerBytes []byte
	//go:embed models/syllables.bin
	syllableTableBytes []byte
	//go:embed models/vader.bin
	vaderLexiconBytes []byte
)
