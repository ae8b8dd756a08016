package nlp

import (
	"math"
	"strconv"
)

// VADER (Hutto and Gilbert, "VADER: A Parsimonious Rule-based Model for
// Sentiment Analysis of Social Media Text", ICWSM 2014) scores a sentence
// from its words' valences in a lexicon, adjusted by rules: negations,
// degree adverbs, capitals, "but", "least", a few idioms, and "!" and
// "?". This is a port of vader-sentiment 1.1.3 (the npm package), rule
// for rule and in its order of floating-point operations, so that its
// compound scores are the package's: the tone tests run the package on
// every sentence of the shared articles and compare.

// vaderWord is what the rules need of one word, worked out once.
type vaderWord struct {
	text    string  // as written (the idiom, negation and "but" rules)
	valence float64 // the lexicon's, if inLex
	booster float64 // as a degree adverb, 0 if none
	inLex   bool
	upper   bool
	is      vaderKey // which of the rules' keywords the word is, lower-cased
}

type vaderKey uint8

const (
	keyNone vaderKey = iota
	keyKind
	keyOf
	keyLeast
	keyAt
	keyVery
)

// vaderKeys are the keywords, by vaderKey.
var vaderKeys = [...]string{keyKind: "kind", keyOf: "of", keyLeast: "least", keyAt: "at", keyVery: "very"}

// vaderScratch is the working memory of scoring, reused from sentence to
// sentence so that scoring allocates nothing per word.
type vaderScratch struct {
	words      []wordSpan
	info       []vaderWord
	sentiments []float64
	lower      []byte
}

// vaderCompound returns s's compound score, -1 to 1, and the number of
// words VADER counted. VADER rounds the score to four decimals
// (vaderRound); the caller rounds it once, to what it shows.
func (x *vaderLexicon) vaderCompound(s string, sc *vaderScratch) (float64, int) {
	return x.score(s, 0, nil, nil, sc)
}

// score is vaderCompound of s, which begins at offset base of the text
// that cur walks. A word that is exactly a token takes what VADER knows
// of it from the token's entry in wc (wordfacts.go); cur and wc may be
// nil.
func (x *vaderLexicon) score(s string, base int, cur *tokenCursor, wc *wordCache, sc *vaderScratch) (float64, int) {
	sc.words = vaderWordSpans(s, sc.words[:0])
	n := len(sc.words)
	if n == 0 {
		return 0, 0
	}
	sc.info = sc.info[:0]
	capWords, inLex := 0, false
	for _, span := range sc.words {
		w := s[span.start:span.end]
		id := int32(-1)
		if cur != nil && wc != nil {
			id = cur.word(base+span.start, base+span.end)
		}
		var info vaderWord
		if id >= 0 {
			f := wc.toneFacts(id, w, x, sc)
			info = vaderWordOf(w, f.upper, f.vader)
		} else {
			info = x.describe(w, sc)
		}
		if info.upper {
			capWords++
		}
		inLex = inLex || info.inLex
		sc.info = append(sc.info, info)
	}
	if !inLex {
		// Only the lexicon's words have sentiments, which the rules and
		// the punctuation then change: with none, the sum is 0, and so
		// is the score.
		return 0, n
	}
	// Capitals emphasize only when some words, not all, are in capitals.
	capDiff := n-capWords > 0 && n-capWords < n
	sc.sentiments = sc.sentiments[:0]
	for i := range sc.info {
		w := &sc.info[i]
		if (i < n-1 && w.is == keyKind && sc.info[i+1].is == keyOf) || w.booster != 0 {
			sc.sentiments = append(sc.sentiments, 0)
			continue
		}
		sc.sentiments = append(sc.sentiments, vaderValence(sc.info, i, capDiff))
	}
	vaderBut(sc.info, sc.sentiments)
	sum := 0.0
	for _, v := range sc.sentiments {
		sum += v
	}
	amp := vaderPunctEmphasis(s)
	if sum > 0 {
		sum += amp
	} else if sum < 0 {
		sum -= amp
	}
	c := sum / math.Sqrt(sum*sum+vaderAlpha)
	return max(-1, min(1, c)), n
}

// describe looks w up in the lexicon and the rules' lists.
func (x *vaderLexicon) describe(w string, sc *vaderScratch) vaderWord {
	return vaderWordOf(w, vaderUpper(w), x.entryOf(w, sc))
}

// entryOf is the entry of w lower-cased as VADER lower-cases it, the zero
// entry for a word in no list.
func (x *vaderLexicon) entryOf(w string, sc *vaderScratch) vaderEntry {
	low, h, ok := lowerLikeJS(w, sc.lower[:0])
	sc.lower = low
	if !ok {
		return vaderEntry{}
	}
	return x.lookup(viewString(low), h)
}

// vaderWordOf is what the rules need of w, given its lexicon entry e
// (the zero entry for a word in no list).
func vaderWordOf(w string, upper bool, e vaderEntry) vaderWord {
	info := vaderWord{text: w, upper: upper}
	if e.inLex {
		// Tenths divided by ten are the very float64 that parsing the
		// lexicon's one-decimal text gives, as VADER's own lookup does.
		info.valence, info.inLex = float64(e.tenths)/10, true
	}
	info.booster = float64(e.booster) * vaderBoost
	info.is = e.key
	return info
}

// lowerLikeJS appends w lower-cased as JavaScript's toLowerCase would, as
// far as any word of the lexicon and the lists goes: they are all ASCII,
// and the only other character that lower-cases to ASCII is the Kelvin
// sign. ok is false when w has any other non-ASCII character: then it is
// none of those words. h is the lower-cased word's FNV-1a hash.
func lowerLikeJS(w string, buf []byte) (low []byte, h uint32, ok bool) {
	h = fnvOffset
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			if w[i:min(i+3, len(w))] != "\u212a" {
				return buf, 0, false
			}
			c = 'k'
			i += 2
		}
		buf = append(buf, c)
		h = (h ^ uint32(c)) * fnvPrime
	}
	return buf, h, true
}

// vaderValence is the valence of word i (SentimentIntensityAnalyzer.
// sentiment_valence): its lexicon valence, emphasized by capitals, then
// changed by the three words before it (degree adverbs, negations, "never
// so", idioms) and by "least".
func vaderValence(ws []vaderWord, i int, capDiff bool) float64 {
	w := &ws[i]
	if !w.inLex {
		return 0
	}
	v := w.valence
	if w.upper && capDiff {
		if v > 0 {
			v += vaderCapBoost
		} else {
			v -= vaderCapBoost
		}
	}
	for back := 0; back < 3; back++ {
		if i <= back || ws[i-back-1].inLex {
			continue
		}
		s := vaderScalar(&ws[i-back-1], v, capDiff)
		if back == 1 && s != 0 {
			s = s * 0.95
		} else if back == 2 && s != 0 {
			s = s * 0.9
		}
		v = v + s
		v = vaderNever(v, ws, back, i)
		if back == 2 {
			v = vaderIdiom(v, ws, i)
		}
	}
	return vaderLeast(v, ws, i)
}

// vaderScalar is what a degree adverb adds to the valence v that follows
// it (scalar_inc_dec).
func vaderScalar(w *vaderWord, v float64, capDiff bool) float64 {
	s := w.booster
	if s == 0 {
		return 0
	}
	if v < 0 {
		s *= -1
	}
	if capDiff && w.upper {
		if v > 0 {
			s += vaderCapBoost
		} else {
			s -= vaderCapBoost
		}
	}
	return s
}

// vaderNever applies negation by the word back+1 before word i, or the
// emphasis of "never so" and "so"/"this" (never_check).
func vaderNever(v float64, ws []vaderWord, back, i int) float64 {
	soOrThis := func(w string) bool { return w == "so" || w == "this" }
	switch back {
	case 0:
		if vaderNegated(ws[i-1].text) {
			v = v * vaderNegate
		}
	case 1:
		if ws[i-2].text == "never" && soOrThis(ws[i-1].text) {
			v = v * 1.5
		} else if vaderNegated(ws[i-2].text) {
			v = v * vaderNegate
		}
	case 2:
		if (ws[i-3].text == "never" && soOrThis(ws[i-2].text)) || soOrThis(ws[i-1].text) {
			v = v * 1.25
		} else if vaderNegated(ws[i-3].text) {
			v = v * vaderNegate
		}
	}
	return v
}

// vaderIdiom replaces v by the valence of an idiom around word i, and
// damps it after "kind of" and the like (idioms_check). VADER only calls
// it for a word with three words before it.
func vaderIdiom(v float64, ws []vaderWord, i int) float64 {
	// The phrases VADER tries, as [first, last] word indexes, in its order.
	before := [...][2]int{{i - 1, i}, {i - 2, i}, {i - 2, i - 1}, {i - 3, i - 1}, {i - 3, i - 2}}
	for _, p := range before {
		if val, ok := idiomAt(ws, p[0], p[1]); ok {
			v = val
			break
		}
	}
	if len(ws)-1 > i {
		if val, ok := idiomAt(ws, i, i+1); ok {
			v = val
		}
	}
	if len(ws)-1 > i+1 {
		if val, ok := idiomAt(ws, i, i+2); ok {
			v = val
		}
	}
	if boosterPair(ws[i-3].text, ws[i-2].text) || boosterPair(ws[i-2].text, ws[i-1].text) {
		v = v - vaderBoost
	}
	return v
}

// idiomAt returns the valence of the idiom that is exactly words
// first..last, as written.
func idiomAt(ws []vaderWord, first, last int) (float64, bool) {
	for _, id := range vaderIdioms {
		if len(id.words) != last-first+1 {
			continue
		}
		match := true
		for k, w := range id.words {
			if ws[first+k].text != w {
				match = false
				break
			}
		}
		if match {
			return id.valence, true
		}
	}
	return 0, false
}

func boosterPair(a, b string) bool {
	for _, p := range vaderBoosterPairs {
		if a == p[0] && b == p[1] {
			return true
		}
	}
	return false
}

// vaderLeast negates v after "least", but not after "at least" or "very
// least" (least_check).
func vaderLeast(v float64, ws []vaderWord, i int) float64 {
	if i > 1 && ws[i-1].is == keyLeast && !ws[i-1].inLex {
		if ws[i-2].is != keyAt && ws[i-2].is != keyVery {
			v = v * vaderNegate
		}
	} else if i > 0 && ws[i-1].is == keyLeast && !ws[i-1].inLex {
		v = v * vaderNegate
	}
	return v
}

// vaderBut halves the sentiments before the first "but" (or, failing
// that, "BUT") and raises those after it by half (but_check).
func vaderBut(ws []vaderWord, sentiments []float64) {
	at := -1
	for _, but := range [...]string{"but", "BUT"} {
		for i := range ws {
			if ws[i].text == but {
				at = i
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	if at < 0 {
		return
	}
	for i, v := range sentiments {
		if i < at {
			sentiments[i] = v * 0.5
		} else if i > at {
			sentiments[i] = v * 1.5
		}
	}
}

// vaderPunctEmphasis is the emphasis of s's exclamation marks (up to
// four) and question marks (two or more) (punctuation_emphasis).
func vaderPunctEmphasis(s string) float64 {
	ep, qm := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '!':
			ep++
		case '?':
			qm++
		}
	}
	amp := float64(min(ep, 4)) * 0.292
	q := 0.0
	if qm > 1 {
		if qm <= 3 {
			q = float64(qm) * 0.18
		} else {
			q = 0.96
		}
	}
	return amp + q
}

// roundDecimals rounds f (within ±1e9) to d decimals (at most 6)
// through its decimal form, as JavaScript's toFixed does, without
// allocating. (toFixed rounds an exact tie up, this to even; a compound
// score is never one.) The digits, read back as an integer and divided by
// a power of ten, give the float64 nearest the decimal, as parsing it
// would, without linking strconv's parser into the engine.
func roundDecimals(f float64, d int, buf *[]byte) float64 {
	if math.IsNaN(f) || math.Abs(f) > 1e9 || d < 0 || d > 6 {
		return f
	}
	*buf = strconv.AppendFloat((*buf)[:0], f, 'f', d, 64)
	n, neg := int64(0), false
	for _, c := range *buf {
		switch {
		case c == '-':
			neg = true
		case c >= '0' && c <= '9':
			n = n*10 + int64(c-'0')
		}
	}
	if neg {
		n = -n
	}
	return float64(n) / math.Pow10(d)
}
