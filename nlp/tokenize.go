package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenizer splits text into the tokens prose's iterTokenizer produces
// (github.com/jdkato/prose/v2 v2.0.0), without importing prose: the engine
// runs as WebAssembly and prose would bring its 17 MB model data along.
// It scans by hand (no regexp) and allocates only where prose rewrote
// characters. Its tables are built once and only read, so one tokenizer
// may serve any number of goroutines.
//
// prose's rules, which this file reproduces:
//
//   - The text is sanitized first: “ and ” become ", ‘ and ’ become ', and
//     the HTML entity &rsquo; becomes '.
//   - It is cut into runs of characters that are not unicode.IsSpace.
//   - Each run is peeled from both ends, step by step. A run that is, as a
//     whole, an emoticon or shaped like "U.S." or "Mr."/"Gen." is kept as
//     one token. Otherwise a leading $ ( " [ is split off; otherwise the
//     run is cut before the first 'll, 's, 're or 'm (searched in that
//     order, ignoring case), otherwise before the first n't; otherwise a
//     trailing , ) " ] ! ; . ? : ' is split off; otherwise what is left is
//     one token. Prefix and suffix cuts need at least two bytes, and a
//     contraction cut needs the run to be longer than the contraction.
//
// Two quirks of prose are kept, because the models were trained on its
// output:
//
//   - A contraction found at the very start of what is left ends the
//     peeling, and what is left is dropped, punctuation and all: "it's."
//     gives only "it", "don't." only "do", "(he's)" "(" and "he", "'sup"
//     and "‘scare" nothing.
//   - prose finds contractions in strings.ToLower(s) but cuts s at that
//     offset. Where lower-casing changes byte lengths (the Kelvin sign,
//     'İ', invalid UTF-8) the cut lands elsewhere, even inside a
//     character; that is reproduced too. Where the offset falls past the
//     end of s prose panics; there the contraction is ignored instead.
//
// Every token prose emits is a byte range of the sanitized text, so every
// token has a place in the original text: its span covers the original
// characters (a curly quote, "&rsquo;") even where its text is the
// straightened form.
type tokenizer struct {
	emoticons map[string]struct{}
	// emoFirst and emoMaxLen keep most words away from the map lookup.
	emoFirst  [256]bool
	emoMaxLen int
}

// tokEmoticons are the emoticons prose keeps whole.
var tokEmoticons = [...]string{
	"(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)",
	"(╯°□°）╯︵┻━┻", "-__-", "8-)", "8-D", "8D",
	":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/",
	":-X", ":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]",
	":`(", ":`)", ":`-(", ":o", ":o)",
	"=(", "=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:", "^___^",
	"o_0", "o_O", "o_o", "v_v", "xD", "xDD", `¯\(ツ)/¯`,
}

// newTokenizer builds the tokenizer's tables.
func newTokenizer() *tokenizer {
	t := &tokenizer{emoticons: make(map[string]struct{}, len(tokEmoticons))}
	for _, e := range tokEmoticons {
		t.emoticons[e] = struct{}{}
		t.emoFirst[e[0]] = true
		t.emoMaxLen = max(t.emoMaxLen, len(e))
	}
	return t
}

// What a byte may mean to the scanner; most bytes mean nothing. tokPlain
// is 0: appendTokens ORs four bytes' classes to skip plain ones.
const (
	tokPlain    = iota
	tokSpace    // an ASCII byte unicode.IsSpace accepts
	tokApos     // '
	tokAmp      // & (of &rsquo;)
	tokNonASCII // starts or continues a multi-byte character
)

var tokByteClass = func() (c [256]uint8) {
	for _, b := range "\t\n\v\f\r " {
		c[b] = tokSpace
	}
	c['\''], c['&'] = tokApos, tokAmp
	for b := utf8.RuneSelf; b < 256; b++ {
		c[b] = tokNonASCII
	}
	return c
}()

// appendTokens appends the tokens of text[start:end] to out, each with its
// byte span in text and its prose form in .text. It gives the tokens
// prose gives for the string text[start:end].
func (t *tokenizer) appendTokens(out []token, text string, start, end int) []token {
	if start < 0 || end > len(text) || start > end {
		return out
	}
	// Runs are short: the buffers for sanitizing them start on the stack
	// and are reused from run to run.
	var cleanArr [128]byte
	var offsArr [129]int
	clean, offs := cleanArr[:0], offsArr[:0]
	s := text[:end]
	i := start
	for i < end {
		if cl := tokByteClass[s[i]]; cl == tokSpace {
			i++
			continue
		} else if cl == tokNonASCII {
			if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
				i += n
				continue
			}
		}
		// A run of non-space characters: note whether the sanitizer
		// rewrites anything in it, whether lower-casing it changes byte
		// lengths, and whether it may hold a contraction.
		j, rewrite, odd, apos := i, false, false, false
	run:
		for j < end {
			// Plain bytes four at a time: each turn of a loop is a trip
			// through a jump table in Go's WebAssembly (rows.go).
			for j+4 <= end && tokByteClass[s[j]]|tokByteClass[s[j+1]]|tokByteClass[s[j+2]]|tokByteClass[s[j+3]] == tokPlain {
				j += 4
			}
			if j >= end {
				break
			}
			switch tokByteClass[s[j]] {
			case tokPlain:
				j++
				continue
			case tokSpace:
				break run
			case tokApos:
				apos = true
				j++
				continue
			case tokAmp:
				if strings.HasPrefix(s[j:], "&rsquo;") {
					rewrite, apos = true, true
				}
				j++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break run
			}
			switch {
			case r == '“' || r == '”':
				rewrite = true
			case r == '‘' || r == '’':
				rewrite, apos = true, true
			case n == 1 || utf8.RuneLen(unicode.ToLower(r)) != n:
				odd = true // invalid UTF-8, or a rune like 'İ'
			}
			j += n
		}
		if rewrite {
			clean, offs = tokSanitize(clean[:0], offs[:0], text, i, j)
			out = t.appendRun(out, tokRun{text: text, run: string(clean), base: i}, offs, odd, apos)
		} else {
			out = t.appendRun(out, tokRun{text: text, run: text[i:j], base: i}, nil, odd, apos)
		}
		i = j
	}
	return out
}

// tokRun is one run being split: run is its sanitized form, starting at
// text[base]. With offsets offs (see tok) it may differ from the text.
type tokRun struct {
	text, run string
	base      int
}

// tok makes the token for run[a:b]. With offs nil, run is
// text[base:base+len(run)]; else run[k] came from text[offs[k]:offs[k+1]].
// (offs is not a field of tokRun so that its stack buffer stays there.)
func (r tokRun) tok(offs []int, a, b int) token {
	if offs == nil {
		return token{start: r.base + a, end: r.base + b, text: r.run[a:b]}
	}
	s, e := offs[a], offs[b]
	if e-s == b-a { // nothing in it was rewritten
		return token{start: s, end: e, text: r.text[s:e]}
	}
	return token{start: s, end: e, text: r.run[a:b]}
}

// tokSanitize appends the sanitized form of text[i:j] to clean, and to
// offs where each byte of it came from, and then j.
func tokSanitize(clean []byte, offs []int, text string, i, j int) ([]byte, []int) {
	for k := i; k < j; {
		c := text[k]
		if c == 0xE2 && k+2 < j && text[k+1] == 0x80 {
			switch text[k+2] {
			case 0x9C, 0x9D: // “ ”
				clean, offs = append(clean, '"'), append(offs, k)
				k += 3
				continue
			case 0x98, 0x99: // ‘ ’
				clean, offs = append(clean, '\''), append(offs, k)
				k += 3
				continue
			}
		}
		if c == '&' && strings.HasPrefix(text[k:j], "&rsquo;") {
			clean, offs = append(clean, '\''), append(offs, k)
			k += len("&rsquo;")
			continue
		}
		clean, offs = append(clean, c), append(offs, k)
		k++
	}
	return clean, append(offs, j)
}

// appendRun splits a run as prose's doSplit does. odd says that
// lower-casing the run changes byte lengths; apos that it has an
// apostrophe, which every contraction has.
func (t *tokenizer) appendRun(out []token, r tokRun, offs []int, odd, apos bool) []token {
	run := r.run
	// run[a:b] is what is left to peel; run[b:] are split-off suffixes.
	a, b := 0, len(run)
	last := 0 // rune count before the last step, as prose tracks it
peel:
	for a < b {
		cur := run[a:b]
		if odd {
			// prose stops when a step did not shorten the rune count;
			// only a misplaced cut can do that.
			n := utf8.RuneCountInString(cur)
			if n == last {
				break
			}
			last = n
		}
		if t.special(cur) {
			out = append(out, r.tok(offs, a, b))
			break
		}
		if len(cur) > 1 && tokIsPrefix(cur[0]) {
			out = append(out, r.tok(offs, a, a+1))
			a++
			continue
		}
		for _, list := range [2][]string{tokClitics, tokNegation} {
			if !apos {
				break
			}
			k := tokContraction(cur, list, odd)
			if k < 0 {
				continue
			}
			if k == 0 {
				break peel // prose drops the rest of the run
			}
			out = append(out, r.tok(offs, a, a+k))
			a += k
			continue peel
		}
		if len(cur) > 1 && tokIsSuffix(cur[len(cur)-1]) {
			b--
			continue
		}
		out = append(out, r.tok(offs, a, b))
		break
	}
	for k := b; k < len(run); k++ {
		out = append(out, r.tok(offs, k, k+1))
	}
	return out
}

// special reports whether s is kept whole: an emoticon, or shaped like an
// abbreviation ("U.S.", "e.g.", "Mr.", "Gen.").
func (t *tokenizer) special(s string) bool {
	n := len(s)
	if n >= 3 && s[n-1] == '.' {
		if n <= 4 && tokUpper(s[0]) && tokLower(s[1]) && (n == 3 || tokLower(s[2])) {
			return true
		}
		if n%2 == 0 {
			k := 0
			for k < n && tokLetter(s[k]) && s[k+1] == '.' {
				k += 2
			}
			if k == n {
				return true
			}
		}
	}
	if n <= t.emoMaxLen && t.emoFirst[s[0]] {
		_, ok := t.emoticons[s]
		return ok
	}
	return false
}

// The contractions prose splits off, lower case, in its search order.
var (
	tokClitics  = []string{"'ll", "'s", "'re", "'m"}
	tokNegation = []string{"n't"}
)

// tokContraction returns where s is cut before a contraction of list: the
// offset of the first pattern of list found in strings.ToLower(s) while s
// is longer than it, or -1. odd says that lower-casing s may change byte
// lengths; otherwise the search folds ASCII case in place.
func tokContraction(s string, list []string, odd bool) int {
	if strings.IndexByte(s, '\'') < 0 {
		return -1
	}
	if odd {
		lower := strings.ToLower(s)
		for _, p := range list {
			if k := strings.Index(lower, p); k >= 0 && len(lower) > len(p) {
				if k > len(s) {
					return -1 // prose would panic slicing s
				}
				return k
			}
		}
		return -1
	}
	for _, p := range list {
		if len(s) <= len(p) {
			continue
		}
		for k := 0; k+len(p) <= len(s); k++ {
			if tokFoldPrefix(s[k:], p) {
				return k
			}
		}
	}
	return -1
}

// tokFoldPrefix reports whether s starts with p (lower-case ASCII),
// ignoring ASCII case.
func tokFoldPrefix(s, p string) bool {
	for k := 0; k < len(p); k++ {
		c := s[k]
		if tokUpper(c) {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

func tokIsPrefix(c byte) bool { return c == '$' || c == '(' || c == '"' || c == '[' }

func tokIsSuffix(c byte) bool {
	switch c {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'':
		return true
	}
	return false
}

func tokUpper(c byte) bool  { return 'A' <= c && c <= 'Z' }
func tokLower(c byte) bool  { return 'a' <= c && c <= 'z' }
func tokLetter(c byte) bool { return tokUpper(c) || tokLower(c) }
