package nlp

import "github.com/nutgraf/nutgraf/nlp/schema"

// keyphrasesAndSummary reads the article at a glance: its key phrases and
// an extractive summary of n sentences (0 means the default), which
// weighs sentences by those phrases. Both are nil when the text has no
// running text.
func keyphrasesAndSummary(doc *document, ents *entitySet, n int) ([]schema.Keyphrase, []schema.SummaryItem) {
	weights := blockWeights(doc)
	t, read := collectPhrases(doc, ents, weights)
	best := t.rank(maxRanked)
	summary := summarize(doc, t, best, read, n)
	if summary == nil {
		return nil, nil
	}
	return t.exportKeyphrases(doc, best), summary
}
