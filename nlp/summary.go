package nlp

import "github.com/nutgraf/nutgraf/nlp/schema"

// The summary is extractive: whole body sentences, in article order. A
// sentence is worth the scores of the ranked key phrases and entities it
// mentions, more near the top (a news story puts the news first), less
// when it is a fragment ("President Putin asked."). Sentences are picked
// greedily, MMR-style: a phrase a picked sentence already covers counts
// for little in the next pick, so the summary says three things, not one
// thing three times.

const (
	defaultSummarySentences = 3
	// coveredWeight is what a phrase already in the summary still counts.
	coveredWeight = 0.25
	// minSummaryWords: a shorter sentence is a fragment, picked only when
	// the text has nothing better.
	minSummaryWords = 6
	fragmentWeight  = 0.2
	// leadBonus favours the first body sentences, fading: the lead gets
	// half again, the fifth a tenth.
	leadBonus = 0.5
)

// summarize picks n body sentences (n <= 0 means the default) among the
// first read, weighing them by the ranked phrases best of t.
func summarize(doc *document, t *phraseTable, best []int, read, n int) []schema.SummaryItem {
	if n <= 0 {
		n = defaultSummarySentences
	}
	bodyIndex := make([]int, read)
	var body []int
	for si := range read {
		bodyIndex[si] = -1
		if isBodySentence(doc, si) {
			bodyIndex[si] = len(body)
			body = append(body, si)
		}
	}
	n = min(n, len(body))
	if n == 0 {
		return nil
	}
	// Each body sentence's ranked phrases: ranks[at[bi]:at[bi+1]], laid
	// out by a counting sort of the occurrences.
	rankOf := make([]int8, len(t.cands)) // rank+1, 0 for none
	for r, c := range best {
		rankOf[c] = int8(r + 1)
	}
	at := make([]int, len(body)+1)
	for _, o := range t.occs {
		if rankOf[o.cand] > 0 && o.sent < read && bodyIndex[o.sent] >= 0 {
			at[bodyIndex[o.sent]+1]++
		}
	}
	for bi := range body {
		at[bi+1] += at[bi]
	}
	ranks := make([]int, at[len(body)])
	fill := append([]int(nil), at[:len(body)]...)
	for _, o := range t.occs {
		if r := rankOf[o.cand]; r > 0 && o.sent < read && bodyIndex[o.sent] >= 0 {
			bi := bodyIndex[o.sent]
			ranks[fill[bi]] = int(r - 1)
			fill[bi]++
		}
	}
	top := 1.0
	if len(best) > 0 {
		top = t.cands[best[0]].score
	}
	// factor is each sentence's weight beyond its phrases: its position
	// and whether it is a full sentence.
	factor := make([]float64, len(body))
	for bi, si := range body {
		factor[bi] = 1 + leadBonus/float64(1+bi)
		if s := doc.sentences[si]; s.tokHi-s.tokLo < 2*minSummaryWords && sentenceWords(doc, si) < minSummaryWords {
			factor[bi] *= fragmentWeight
		}
	}
	covered := make([]bool, len(best))
	counted := make([]int, len(best)) // the last sentence (bi+1) a phrase counted in
	picked := make([]bool, len(body))
	var out []int
	for pass := range n {
		pick, pickGain := -1, -1.0
		for bi := range body {
			if picked[bi] {
				continue
			}
			gain := 0.0
			for _, r := range ranks[at[bi]:at[bi+1]] {
				if counted[r] == pass*len(body)+bi+1 {
					continue // a phrase counts once a sentence
				}
				counted[r] = pass*len(body) + bi + 1
				w := t.cands[best[r]].score / top
				if covered[r] {
					w *= coveredWeight
				}
				gain += w
			}
			// A sentence with no ranked phrase still beats none, the
			// earlier first.
			gain = gain*factor[bi] + 1e-3/float64(1+bi)
			if gain > pickGain {
				pick, pickGain = bi, gain
			}
		}
		picked[pick] = true
		for _, r := range ranks[at[pick]:at[pick+1]] {
			covered[r] = true
		}
		// Insert in article order.
		j := len(out)
		out = append(out, body[pick])
		for ; j > 0 && out[j-1] > body[pick]; j-- {
			out[j] = out[j-1]
		}
		out[j] = body[pick]
	}
	items := make([]schema.SummaryItem, len(out))
	for i, si := range out {
		s := doc.sentences[si]
		items[i] = schema.SummaryItem{Sentence: si, Text: doc.slice(s.start, s.end)}
	}
	return items
}

// isBodySentence reports whether sentence si is running text of the body:
// not the headline, kicker, standfirst or byline, nor the dateline that
// opens the first paragraph.
func isBodySentence(doc *document, si int) bool {
	s := doc.sentences[si]
	b := doc.blocks[s.block]
	return b.kind == schema.ParagraphBody && s.start >= b.textStart && hasLetter(doc.slice(s.start, s.end))
}

// sentenceWords counts the tokens of sentence si that hold a letter.
func sentenceWords(doc *document, si int) int {
	n := 0
	s := doc.sentences[si]
	for k := s.tokLo; k < s.tokHi; k++ {
		if hasLetter(doc.slice(doc.tokens[k].start, doc.tokens[k].end)) {
			n++
		}
	}
	return n
}
