package nlp

import "github.com/nutgraf/nutgraf/nlp/schema"

// The tone stage scores each sentence of running text with VADER
// (vader.go) and sums them up: the document's tone, each entity's, and
// the loaded words and hedges (tonemarkers.go).
//
// Running text is the headline, the standfirst and the body: the
// article's own words, which a reader takes its tone from. The headline
// counts, since it sets the tone more than any other sentence (and, the
// document's score being weighted by words, it does not outweigh the
// body); kicker, byline and date lines are labels, not prose, and have no
// sentences anyway.

// toneModel is what the tone stage loads.
type toneModel struct {
	lexicon *vaderLexicon
	markers *markerIndex
}

func loadToneModel() (*toneModel, error) {
	lex, err := loadVaderLexicon(vaderLexiconBytes)
	if err != nil {
		return nil, err
	}
	return &toneModel{lexicon: lex, markers: newMarkerIndex()}, nil
}

// toneNeutral is VADER's band of neutral compound scores: a score of
// 0.05 or more is positive, of -0.05 or less negative.
const toneNeutral = 0.05

// fillTone sets the sentences', the entities' and the document's tone and
// finds the markers. a.Sentences and a.Entities must be filled.
// Words that are tokens are looked up through wc (wordfacts.go), which
// may be nil.
func fillTone(a *schema.Analysis, doc *document, m *toneModel, wc *wordCache) {
	var sc vaderScratch
	var num []byte
	t := &schema.Tone{Markers: []schema.Marker{}}
	scored := make([]bool, len(doc.sentences))
	scoredAny := false
	weighted, words := 0.0, 0
	for i, s := range doc.sentences {
		if i >= len(a.Sentences) || !runningText(doc, s.block) {
			continue
		}
		cur := sentenceCursor(doc, s)
		c, n := m.lexicon.score(doc.text[s.start:s.end], s.start, &cur, wc, &sc)
		tone := roundDecimals(c, 3, &num)
		a.Sentences[i].Tone = &tone
		scored[i], scoredAny = true, true
		weighted += c * float64(n)
		words += n
		switch toneLabel(tone) {
		case "positive":
			t.Positive++
		case "negative":
			t.Negative++
		default:
			t.Neutral++
		}
		t.Markers = m.markers.findInTokens(doc, s, wc, t.Markers, &sc.lower)
	}
	if !scoredAny {
		return
	}
	if words > 0 {
		t.Score = roundDecimals(weighted/float64(words), 3, &num)
	}
	t.Label = toneLabel(t.Score)
	a.Tone = t
	fillEntityTone(a, doc, scored, &num)
}

// runningText reports whether block b's sentences are scored.
func runningText(doc *document, b int) bool {
	if b < 0 || b >= len(doc.blocks) {
		return false
	}
	switch doc.blocks[b].kind {
	case schema.ParagraphHeadline, schema.ParagraphStandfirst, schema.ParagraphBody:
		return true
	}
	return false
}

// toneLabel names a score, rounded as written, so that the JSON's labels
// and counts agree with the scores a reader sees.
func toneLabel(score float64) string {
	switch {
	case score >= toneNeutral:
		return "positive"
	case score <= -toneNeutral:
		return "negative"
	}
	return "neutral"
}

// fillEntityTone sets each entity's tone: the mean of the scores of the
// scored sentences that mention it, each sentence counted once.
func fillEntityTone(a *schema.Analysis, doc *document, scored []bool, num *[]byte) {
	seen := make([]int32, len(scored)) // entity index+1 that last counted the sentence
	for ei := range a.Entities {
		e := &a.Entities[ei]
		sum, n := 0.0, 0
		for _, mt := range e.Mentions {
			si := doc.sentenceOf(mt.Start)
			if si < 0 || !scored[si] || seen[si] == int32(ei+1) || a.Sentences[si].Tone == nil {
				continue
			}
			seen[si] = int32(ei + 1)
			sum += *a.Sentences[si].Tone
			n++
		}
		if n > 0 {
			tone := roundDecimals(sum/float64(n), 3, num)
			e.Tone = &tone
		}
	}
}
