package nlp

import "strings"

// prose v2.0.0 segments sentences with the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1 (v1.0.6) and its English model,
// customized in three ways: its word tokenizer decides differently which
// tokens end a sentence (punktSentEndChars), four abbreviations are added
// to the model, and a last annotation pass rethinks abbreviations,
// ellipses and quotes (annotateMultiPunct). This is our own
// implementation of all that, splitting exactly as prose does (the tests
// compare it with prose and with the library's pieces). The library
// allocates a token per word, compiles regular expressions, loads its
// model into maps and pulls encoding/json, fmt and reflect into the wasm
// engine; this reads its model in place and reuses per-call buffers.

// punktAbbrevs are the abbreviations prose adds to the English model.
var punktAbbrevs = [...]string{"sgt", "gov", "no", "mt"}

// punkt is the sentence segmenter. It only reads its model, so one may
// serve any number of goroutines, each with its own punktScratch.
type punkt struct {
	m *punktModel
}

// punktSentence is a sentence: text[start:end] of the text split.
type punktSentence struct{ start, end int }

// punktScratch is one call's working memory, kept for the next call.
type punktScratch struct {
	toks  []punktToken
	types []byte // the tokens' types, end to end
	low   []byte // a lower-cased word, for abbreviation lookups
	sents []punktSentence
}

// newPunkt loads the model, once.
func newPunkt() (*punkt, error) {
	m, err := loadPunktModel(punktModelBytes)
	if err != nil {
		return nil, err
	}
	return &punkt{m}, nil
}

// Tokenize splits text into sentences. They tile text, white space
// included, and break only at white space. The result lives in s (a new
// scratch if s is nil) until s is used again.
func (p *punkt) Tokenize(text string, s *punktScratch) []punktSentence {
	if s == nil {
		s = &punktScratch{}
	}
	s.sents = s.sents[:0]
	c := p.prepare(text, s)
	if len(c.toks) == 0 {
		return s.sents // no text
	}
	c.annotateTypes()
	c.annotatePairs()
	c.annotateMultiPunct()

	last := 0
	for _, t := range c.toks {
		if t.sentBreak {
			s.sents = append(s.sents, punktSentence{last, t.pos})
			last = t.pos
		}
	}
	if last != len(text) {
		s.sents = append(s.sents, punktSentence{last, len(text)})
	}
	return s.sents
}

// prepare finds text's tokens and their types, in s.
func (p *punkt) prepare(text string, s *punktScratch) punktCall {
	s.toks = appendPunktWords(s.toks[:0], text)
	s.types = s.types[:0]
	for i := range s.toks {
		t := &s.toks[i]
		t.typ = len(s.types)
		s.types = appendPunktType(s.types, text[t.start:t.end])
		t.typEnd = len(s.types)
	}
	return punktCall{m: p.m, text: text, toks: s.toks, types: viewString(s.types), s: s}
}

// punktSentEndChars is prose's test for a token that ends a sentence by
// its punctuation other than a final period: it ends in ? or !, or in ?
// or ! and a closing quote or parenthesis, or in a period and a closing
// double quote or parenthesis (not a single quote, unlike the library's);
// or it has ".[", ".(", ".\"", "?[", "?(", "![" or "!(" anywhere.
// "Yahoo!" is a name: a token containing it ends a sentence only by the
// second rule.
func punktSentEndChars(s string) bool {
	if s != "" && !strings.Contains(s, "Yahoo!") {
		end, rest := punktLastRune(s)
		switch end {
		case '?', '!':
			return true
		case '"', ')', '’', '”', '\'':
			if rest != "" {
				switch rest[len(rest)-1] {
				case '?', '!':
					return true
				case '.':
					if end != '\'' {
						return true
					}
				}
			}
		}
	}
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case '.':
			if c := s[i+1]; c == '[' || c == '(' || c == '"' {
				return true
			}
		case '?', '!':
			if c := s[i+1]; c == '[' || c == '(' {
				return true
			}
		}
	}
	return false
}

// punktLastRune splits off the last of the characters punktSentEndChars
// looks at (ASCII or a curly closing quote) and returns it with the rest;
// any other final character is returned as 0.
func punktLastRune(s string) (rune, string) {
	n := len(s)
	if c := s[n-1]; c < 0x80 {
		return rune(c), s[:n-1]
	}
	switch {
	case strings.HasSuffix(s, "’"):
		return '’', s[:n-len("’")]
	case strings.HasSuffix(s, "”"):
		return '”', s[:n-len("”")]
	}
	return 0, s
}

// annotateMultiPunct is prose's last annotation pass. Looking at each
// token and the next, it keeps "word. ." and ellipses from breaking
// wrongly, lets a break after a quote or parenthesis stand only before a
// capital or a frequent sentence starter, and treats tokens with inner
// periods ("F.B.I.", "a.m.") as abbreviations unless the next word shows
// that a sentence starts.
func (c *punktCall) annotateMultiPunct() {
	for i := range c.toks {
		if i+1 < len(c.toks) {
			c.multiPunct(&c.toks[i], &c.toks[i+1])
			continue
		}
		// The last token: one that spans lines and words is the whole
		// text, not a sentence end.
		if w := c.word(&c.toks[i]); strings.Contains(w, "\n") && strings.Contains(w, " ") {
			c.toks[i].sentBreak = false
		}
	}
}

func (c *punktCall) multiPunct(one, two *punktToken) {
	w1, w2 := c.word(one), c.word(two)
	if punktPeriodFinal(w1) && w2 == "." {
		// An ellipsis the word tokenizer cut up.
		one.sentBreak, two.sentBreak = false, false
		return
	}
	periodNoBreak := punktPeriodFinal(w1) && !one.sentBreak
	ellipsis := punktHasEllipsis(w1)
	quoted := one.sentBreak && punktEndsInternal(w1)

	// The next word's type; two's flags do not change below, so it is
	// the same for the inner-period rules.
	next := c.typeNoSentPeriod(two)
	if periodNoBreak || ellipsis || quoted {
		starter := c.m.starter.get(next) != 0
		if ellipsis && (punktFirstUpper(w2) || starter) {
			one.sentBreak = true
			return
		}
		if quoted && punktFirstLower(w2) && !starter {
			one.sentBreak = false
			return
		}
		if periodNoBreak && punktFirstUpper(w2) && c.m.ortho.get(next)&punktOrthoLC != 0 {
			one.sentBreak = true
		}
	}

	if !punktHasInnerPeriods(w1) || punktInitial(w1) {
		return
	}
	one.abbr, one.sentBreak = true, false
	if c.orthoStarts(two) == 1 {
		one.sentBreak = true
		return
	}
	if punktFirstUpper(w2) && c.m.starter.get(next) != 0 {
		one.sentBreak = true
	}
}

// punktEndsInternal reports whether s ends in punctuation that may close
// a quote or parenthesis inside a sentence.
func punktEndsInternal(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case ')', '"', '\'':
		return true
	}
	return strings.HasSuffix(s, "’") || strings.HasSuffix(s, "”")
}

// punktHasEllipsis reports whether s has three periods in a row, each
// pair separated by at most one ASCII space, tab, newline, form feed or
// carriage return ("...", ". . .").
func punktHasEllipsis(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '.' {
			continue
		}
		n, j := 1, i
		for n < 3 {
			k := j + 1
			if k < len(s) && punktReSpace(s[k]) {
				k++
			}
			if k >= len(s) || s[k] != '.' {
				break
			}
			n, j = n+1, k
		}
		if n == 3 {
			return true
		}
	}
	return false
}

// punktReSpace is RE2's \s (ASCII white space but \v).
func punktReSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// punktHasInnerPeriods reports whether s has a word character followed by
// a period, then maybe more word characters, then another period ("U.S.",
// "a.m.", "x.y.z.", "e..": \w\.\w*\. anywhere, with \w ASCII).
func punktHasInnerPeriods(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if !punktWordByte(s[i]) || s[i+1] != '.' {
			continue
		}
		k := i + 2
		for k < len(s) && punktWordByte(s[k]) {
			k++
		}
		if k < len(s) && s[k] == '.' {
			return true
		}
	}
	return false
}

func punktWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}
