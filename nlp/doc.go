// Package nlp is Nutgraf's analysis core: it turns the text of a news
// article into a schema.Analysis (structure, sentences, entities, quotes,
// readability). It is pure Go with no syscall/js, network or file access, so
// it builds for linux and js/wasm alike.
//
// Load the models once with New and call Analyze as often as needed:
//
//	eng, err := nlp.New()
//	a, err := eng.Analyze(text, nlp.Options{})
//
// Offsets in the returned Analysis are bytes of text; its JSON form uses
// UTF-16 code units (see package schema).
package nlp
