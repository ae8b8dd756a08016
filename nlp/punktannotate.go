package nlp

import (
	"strings"
	"unicode/utf8"
)

// Punkt's annotations, as gopkg.in/neurosnap/sentences.v1 (v1.0.6) makes
// them (Kiss and Strunk's unsupervised sentence boundary detection, with
// a model trained beforehand): a pass that decides each token from its
// own type, then a pass over each token and the next. prose's last pass
// is in punkt.go.

// punktCall is one call's view of its text and tokens.
type punktCall struct {
	m    *punktModel
	text string
	toks []punktToken
	// types holds the tokens' types: a view of punktScratch.types, which
	// nothing writes while the annotations run.
	types string
	s     *punktScratch
}

func (c *punktCall) word(t *punktToken) string { return c.text[t.start:t.end] }
func (c *punktCall) typ(t *punktToken) string  { return c.types[t.typ:t.typEnd] }

// typeNoSentPeriod is t's type without its final period if t ends a
// sentence (the library's TypeNoSentPeriod).
func (c *punktCall) typeNoSentPeriod(t *punktToken) string {
	if t.sentBreak {
		return punktNoPeriod(c.typ(t))
	}
	return c.typ(t)
}

// The orthographic context bits: the cases a type was seen in, at the
// start of a sentence, inside one, or either.
const (
	punktOrthoBegUC = 1 << 1
	punktOrthoMidUC = 1 << 2
	punktOrthoUnkUC = 1 << 3
	punktOrthoBegLC = 1 << 4
	punktOrthoMidLC = 1 << 5
	punktOrthoUnkLC = 1 << 6
	punktOrthoUC    = punktOrthoBegUC | punktOrthoMidUC | punktOrthoUnkUC
	punktOrthoLC    = punktOrthoBegLC | punktOrthoMidLC | punktOrthoUnkLC
)

// annotateTypes is the first pass: a token with sentence-ending
// punctuation is a break; one ending in a single period is an
// abbreviation if the model knows it (or the part after its last hyphen),
// a break otherwise.
func (c *punktCall) annotateTypes() {
	for i := range c.toks {
		t := &c.toks[i]
		w := c.word(t)
		switch {
		case punktSentEndChars(w):
			t.sentBreak = true
		case punktPeriodFinal(w) && !(len(w) > 1 && w[len(w)-2] == '.'):
			if c.isAbbrev(w) {
				t.abbr = true
			} else {
				t.sentBreak = true
			}
		}
	}
}

// isAbbrev looks up a period-final word without its period, and the part
// of it after its last hyphen. The library cuts the period off by byte
// index len([]rune(w))-1, which drops more than the period when w has
// multi-byte characters and may cut one in two; appendLower then turns
// the broken bytes into U+FFFD, as strings.ToLower does.
func (c *punktCall) isAbbrev(w string) bool {
	c.s.low = appendLower(c.s.low[:0], w[:utf8.RuneCountInString(w)-1])
	whole := viewString(c.s.low)
	if c.m.isAbbrev(whole) {
		return true
	}
	if i := strings.LastIndexByte(whole, '-'); i >= 0 {
		return c.m.isAbbrev(whole[i+1:])
	}
	return false
}

// isAbbrev reports whether the model, with prose's additions, has the
// abbreviation a.
func (m *punktModel) isAbbrev(a string) bool {
	for _, x := range punktAbbrevs {
		if a == x {
			return true
		}
	}
	return m.abbrev.get(a) != 0
}

// annotatePairs is the second pass, over each period-final token and the
// next: collocations, then the orthographic and frequent-starter
// heuristics for abbreviations and ellipses, then spaced ellipses, then
// initials and ordinals.
func (c *punktCall) annotatePairs() {
	for i := 0; i+1 < len(c.toks); i++ {
		c.pair(&c.toks[i], &c.toks[i+1])
	}
}

func (c *punktCall) pair(one, two *punktToken) {
	w1, w2 := c.word(one), c.word(two)
	if !punktPeriodFinal(w1) {
		return
	}
	typ := punktNoPeriod(c.typ(one))
	next := c.typeNoSentPeriod(two)
	initial := punktInitial(w1)

	// A collocation across the period: an abbreviation.
	if c.m.colloc.get3(typ, ",", next) != 0 {
		one.sentBreak, one.abbr = false, true
		return
	}

	// An abbreviation or ellipsis also ends a sentence if the next word
	// shows that one starts.
	ellipsis := len(w1) > 1 && w1[len(w1)-2] == '.'
	if (one.abbr || ellipsis) && !initial {
		if c.orthoStarts(two) == 1 {
			one.sentBreak = true
			return
		}
		if punktFirstUpper(w2) && c.m.starter.get(next) != 0 {
			one.sentBreak = true
			return
		}
	}

	// Two lone periods: part of a spaced ellipsis ". . .".
	if w1 == "." && w2 == "." {
		one.sentBreak, two.sentBreak = false, false
		return
	}

	// Initials and ordinals are abbreviations unless the next word shows
	// that a sentence starts; an initial before a word never seen in
	// lower case too ("J. Bach").
	if initial || typ == "##number##" {
		starts := c.orthoStarts(two)
		if starts == 0 {
			one.sentBreak, one.abbr = false, true
			return
		}
		if starts == -1 && initial && punktFirstUpper(w2) && c.m.ortho.get(next)&punktOrthoLC == 0 {
			one.sentBreak, one.abbr = false, true
		}
	}
}

// orthoStarts is the orthographic heuristic: 1 if t, by its case and the
// cases its type was seen in, starts a sentence, 0 if it does not, -1 if
// that is unknown.
func (c *punktCall) orthoStarts(t *punktToken) int {
	w := c.word(t)
	if len(w) == 1 {
		switch w[0] {
		case ';', ':', ',', '.', '!', '?':
			return 0
		}
	}
	ctx := c.m.ortho.get(c.typeNoSentPeriod(t))
	// Capitalized, seen in lower case, never capitalized inside a
	// sentence: a starter.
	if punktFirstUpper(w) && ctx&punktOrthoLC != 0 && ctx&punktOrthoMidUC == 0 {
		return 1
	}
	// Lower case, and seen capitalized or never seen starting a sentence
	// in lower case: not a starter.
	if punktFirstLower(w) && (ctx&punktOrthoUC != 0 || ctx&punktOrthoBegLC == 0) {
		return 0
	}
	return -1
}
