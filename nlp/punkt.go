package nlp

import (
	"strings"

	"gopkg.in/neurosnap/sentences.v1"
)

// prose v2.0.0 segments sentences with the Punkt tokenizer of
// gopkg.in/neurosnap/sentences.v1 and its English model, customized in
// three ways: its word tokenizer decides differently which tokens end a
// sentence (punktWords), four abbreviations are added to the model, and a
// last annotation pass rethinks abbreviations, ellipses and quotes
// (punktMultiPunct). prose rebuilds all of that, model included, on every
// call; newPunkt builds it once.

// punktAbbrevs are the abbreviations prose adds to the English model.
var punktAbbrevs = [...]string{"sgt", "gov", "no", "mt"}

// newPunkt builds, once, a Punkt sentence tokenizer that splits exactly as
// prose v2.0.0 does. Its Tokenize gives sentences with byte offsets
// (Start, End) into its input; they tile the input, white space included,
// and break only at white space. The tokenizer only reads its model, so
// one may serve any number of goroutines.
func newPunkt() (*sentences.DefaultSentenceTokenizer, error) {
	model, err := loadPunktModel(punktModelBytes)
	if err != nil {
		return nil, err
	}
	for _, a := range punktAbbrevs {
		model.AbbrevTypes.Add(a)
	}
	punct := sentences.NewPunctStrings()
	words := &punktWords{sentences.DefaultWordTokenizer{PunctStrings: punct}}
	last := &punktMultiPunct{
		model: model,
		words: words,
		ortho: &sentences.OrthoContext{Storage: model, PunctStrings: punct, TokenType: words, TokenFirst: words},
	}
	return &sentences.DefaultSentenceTokenizer{
		Storage:       model,
		PunctStrings:  punct,
		WordTokenizer: words,
		Annotations:   append(sentences.NewAnnotations(model, punct, words), last),
	}, nil
}

// punktWords is Punkt's word tokenizer with prose's idea of which
// tokens end a sentence.
type punktWords struct {
	sentences.DefaultWordTokenizer
}

// HasSentEndChars reports whether tok ends a sentence by its punctuation
// other than a final period: it ends in ? or !, or in ? or ! and a closing
// quote or parenthesis, or in a period and a closing double quote or
// parenthesis (not a single quote, unlike the library's); or it has
// ".[", ".(", ".\"", "?[", "?(", "![" or "!(" anywhere. "Yahoo!" is a name:
// a token containing it ends a sentence only by the second rule.
func (w *punktWords) HasSentEndChars(t *sentences.Token) bool {
	s := t.Tok
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

// punktLastRune splits off the last of the characters HasSentEndChars
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

// Type is the library's token type (the lower-cased token with a
// trailing number replaced by "##number##" and commas dropped) without its
// regular expression, -?[\.,]?\d[\d,\.-]*\.?$, which Punkt evaluates
// several times for every word and which took a tenth of the segmenter's
// time in wasm. TestPunktTypeMatchesLibrary proves the two equal.
func (w *punktWords) Type(t *sentences.Token) string {
	typ := strings.ToLower(t.Tok)
	if i := punktNumberStart(typ); i >= 0 {
		typ = typ[:i] + "##number##"
	}
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

// TypeNoPeriod and TypeNoSentPeriod are the library's, over this Type.
func (w *punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := w.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

func (w *punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return w.TypeNoPeriod(t)
	}
	return w.Type(t)
}

// punktNumberStart is where the leftmost match of -?[.,]?\d[\d,.-]*\.?$
// in s begins, -1 if none. Every character of a match is a digit or one
// of ",.-", so a match lies in the longest such suffix of s; within it the
// pattern's optional parts are forced (a '-' must be the optional minus, a
// '.' or ',' after it the optional separator, then a digit must follow).
func punktNumberStart(s string) int {
	from := len(s)
	for from > 0 && punktNumberByte(s[from-1]) {
		from--
	}
	for i := from; i < len(s); i++ {
		j := i
		if s[j] == '-' {
			j++
		}
		if j < len(s) && (s[j] == '.' || s[j] == ',') {
			j++
		}
		if j < len(s) && '0' <= s[j] && s[j] <= '9' {
			return i
		}
	}
	return -1
}

func punktNumberByte(c byte) bool { return '0' <= c && c <= '9' || c == ',' || c == '.' || c == '-' }

// punktMultiPunct is prose's last annotation pass. Looking at each token
// and the next, it keeps "word. ." and ellipses from breaking wrongly,
// lets a break after a quote or parenthesis stand only before a capital
// or a frequent sentence starter, and treats tokens with inner periods
// ("F.B.I.", "a.m.") as abbreviations unless the next word shows that a
// sentence starts.
type punktMultiPunct struct {
	model *sentences.Storage
	words *punktWords
	ortho sentences.Ortho
}

// Annotate annotates each token with the one after it.
func (a *punktMultiPunct) Annotate(toks []*sentences.Token) []*sentences.Token {
	for i, tok := range toks {
		if i+1 < len(toks) {
			a.pair(tok, toks[i+1])
			continue
		}
		// The last token: one that spans lines and words is the whole
		// text, not a sentence end.
		if strings.Contains(tok.Tok, "\n") && strings.Contains(tok.Tok, " ") {
			tok.SentBreak = false
		}
	}
	return toks
}

// punktOrthoLC is the model's bits for "seen in lower case" (at the start
// of a sentence, inside one, or either).
const punktOrthoLC = 1<<4 | 1<<5 | 1<<6

func (a *punktMultiPunct) pair(one, two *sentences.Token) {
	if strings.HasSuffix(one.Tok, ".") && two.Tok == "." {
		// An ellipsis the word tokenizer cut up.
		one.SentBreak, two.SentBreak = false, false
		return
	}
	periodNoBreak := strings.HasSuffix(one.Tok, ".") && !one.SentBreak
	ellipsis := punktHasEllipsis(one.Tok)
	quoted := one.SentBreak && punktEndsInternal(one.Tok)

	next, haveNext := "", false // the next word's type, computed once
	if periodNoBreak || ellipsis || quoted {
		next, haveNext = a.words.TypeNoSentPeriod(two), true
		starter := a.model.SentStarters[next] != 0
		if ellipsis && (a.words.FirstUpper(two) || starter) {
			one.SentBreak = true
			return
		}
		if quoted && a.words.FirstLower(two) && !starter {
			one.SentBreak = false
			return
		}
		if periodNoBreak && a.words.FirstUpper(two) && a.model.OrthoContext[next]&punktOrthoLC != 0 {
			one.SentBreak = true
		}
	}

	if !punktHasInnerPeriods(one.Tok) || a.words.IsInitial(one) {
		return
	}
	one.Abbr, one.SentBreak = true, false
	if a.ortho.Heuristic(two) == 1 {
		one.SentBreak = true
		return
	}
	if !haveNext {
		next = a.words.TypeNoSentPeriod(two)
	}
	if a.words.FirstUpper(two) && a.model.SentStarters[next] != 0 {
		one.SentBreak = true
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
			if k < len(s) && punktSpace(s[k]) {
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

func punktSpace(c byte) bool {
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
