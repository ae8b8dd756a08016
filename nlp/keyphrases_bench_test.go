package nlp

import "testing"

// BenchmarkKeyphrasesSherlock times the key phrases and summary alone on
// a book-length text, where the stage must stay within a few
// milliseconds (maxKeyTokens bounds it).
func BenchmarkKeyphrasesSherlock(b *testing.B) {
	eng, text := engine(b), benchText(b, "sherlock")
	m := eng.scratch.get()
	defer eng.scratch.put(m)
	doc := parseStructure(text)
	eng.segment(doc, m, func(string, int, int) {})
	ents := findEntities(doc)
	findQuotes(doc, ents)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		keyphrasesAndSummary(doc, ents, 0)
	}
}
