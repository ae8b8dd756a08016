// Package nerfeat defines the features of Nutgraf's named-entity model:
// what the trainer (cmd/trainner) learns weights for and what the engine
// (nlp) computes when it labels a text. Sharing one definition is what
// keeps the two in step.
//
// A feature is a template and a value ("the word before is 'president'"),
// hashed to 32 bits: the model stores hashes, not strings, so it is small
// and loads without decoding a string list.
package nerfeat

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Labels are the model's classes: O, then B- and I- of each type.
var Labels = [...]string{"O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"}

// Allowed reports whether label l may follow label prev (indexes in
// Labels): I-X only after B-X or I-X.
func Allowed(prev, l int) bool {
	name := Labels[l]
	if name[0] != 'I' {
		return true
	}
	p := Labels[prev]
	return p != "O" && p[2:] == name[2:]
}

// Templates: what a feature says about which token.
const (
	tBias byte = iota + 1
	tWord
	tShape
	tPrefix
	tSuffix
	tCap
	tGaz
	tPrevWord
	tPrevCap
	tPrevGaz
	tNextWord
	tNextCap
	tNextGaz
	tPrev2Word
	tNext2Word
	tPrevLabel
	tPrevLabelCap
	tFirstCap
	tCapsLine
	tGazPair
	tPrevShape
	tNextShape
)

// Hash is FNV-1a over the template and the value.
func Hash(template byte, value string) uint32 {
	h := uint32(2166136261)
	h = (h ^ uint32(template)) * 16777619
	for i := 0; i < len(value); i++ {
		h = (h ^ uint32(value[i])) * 16777619
	}
	return h
}

// Word holds what the features need of one distinct token text.
type Word struct {
	Lower, Shape, Cap string
	Flags             Flags
}

// NewWord describes token w; flags are its gazetteer flags.
func NewWord(w string, flags Flags) Word {
	return Word{Lower: strings.ToLower(w), Shape: Shape(w), Cap: CapClass(w), Flags: flags}
}

// Own appends the features of a word in the labelled position.
func (w *Word) Own(dst []uint32) []uint32 {
	dst = append(dst, Hash(tBias, ""), Hash(tWord, w.Lower), Hash(tShape, w.Shape), Hash(tCap, w.Cap),
		Hash(tPrefix, prefix(w.Lower, 3)), Hash(tSuffix, suffix(w.Lower, 3)))
	return w.Flags.append(dst, tGaz)
}

// AsPrev appends the features of a word seen from the next token.
func (w *Word) AsPrev(dst []uint32) []uint32 {
	dst = append(dst, Hash(tPrevWord, w.Lower), Hash(tPrevCap, w.Cap), Hash(tPrevShape, w.Shape))
	return w.Flags.append(dst, tPrevGaz)
}

// AsNext appends the features of a word seen from the previous token.
func (w *Word) AsNext(dst []uint32) []uint32 {
	dst = append(dst, Hash(tNextWord, w.Lower), Hash(tNextCap, w.Cap), Hash(tNextShape, w.Shape))
	return w.Flags.append(dst, tNextGaz)
}

// AsPrev2 and AsNext2 are the features of the words two tokens away.
func (w *Word) AsPrev2(dst []uint32) []uint32 { return append(dst, Hash(tPrev2Word, w.Lower)) }
func (w *Word) AsNext2(dst []uint32) []uint32 { return append(dst, Hash(tNext2Word, w.Lower)) }

// GazPair appends what the gazetteer says of word w with its neighbours:
// whether w and the word before, or w and the word after, may be words of
// one multi-word country or city name ("Russian Federation", "New
// Delhi"): both are flagged MultiWord and share the Country or City flag.
// The words' own flags cannot tell "Russian Federation" from "Russian
// troops".
func GazPair(dst []uint32, prev, w, next *Word) []uint32 {
	m := GazPairs(prev.Flags, w.Flags, next.Flags)
	for k, h := range GazPairHashes {
		if m&(1<<k) != 0 {
			dst = append(dst, h)
		}
	}
	return dst
}

// GazPairHashes are GazPair's features: start and continuation of a
// country's name, then of a city's.
var GazPairHashes = [...]uint32{Hash(tGazPair, "country start"), Hash(tGazPair, "country cont"),
	Hash(tGazPair, "city start"), Hash(tGazPair, "city cont")}

// GazPairs is the set of GazPair's features (bit k for GazPairHashes[k])
// of a word of flags w between words of flags prev and next.
func GazPairs(prev, w, next Flags) uint8 {
	var m uint8
	for i, f := range [2]Flags{Country, City} {
		both := f | MultiWord
		if w&both != both {
			continue
		}
		if next&both == both {
			m |= 1 << (2 * i)
		}
		if prev&both == both {
			m |= 1 << (2*i + 1)
		}
	}
	return m
}

// Boundary stands for the missing neighbour at a sentence's edge.
var Boundary = Word{Lower: "<s>", Shape: "<s>", Cap: "<s>"}

// Dynamic appends the features that depend on the labels already given
// and on the sentence: the previous label (alone and with this word's
// capitalization), sentence-initial capitalization (weak evidence of a
// name), and whether the sentence is set in capitals (a headline), where
// capitalization says nothing.
func Dynamic(dst []uint32, w *Word, prevLabel int, first, capsLine bool) []uint32 {
	pl := Labels[prevLabel]
	dst = append(dst, Hash(tPrevLabel, pl), Hash(tPrevLabelCap, pl+"|"+w.Cap))
	if first {
		dst = append(dst, Hash(tFirstCap, w.Cap))
	}
	if capsLine {
		dst = append(dst, Hash(tCapsLine, w.Cap))
	}
	return dst
}

// Shape maps letters to X or x and digits to d, keeps other characters,
// and collapses repeats: "Putin" Xx, "NATO" X, "U.S." X.X., "2017" d.
func Shape(w string) string {
	var b [16]byte
	n := 0
	var last byte
	for _, r := range w {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		case r < utf8.RuneSelf:
			c = byte(r)
		default:
			c = '*'
		}
		if c == last {
			continue
		}
		last = c
		if n == len(b) {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

// CapClass is a word's capitalization: "Xx" (initial capital), "XX" (all
// capitals, two letters or more), "x" (lower case), "xX" (mixed, as in
// "iPhone"), "d" (has a digit), "p" (no letter or digit).
func CapClass(w string) string {
	upper, lower, digit, letters := 0, 0, 0, 0
	first := rune(0)
	for i, r := range w {
		if i == 0 {
			first = r
		}
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			lower++
			letters++
		case unicode.IsDigit(r):
			digit++
		}
	}
	switch {
	case digit > 0:
		return "d"
	case letters == 0:
		return "p"
	case lower == 0 && upper >= 2:
		return "XX"
	case upper == 0:
		return "x"
	case unicode.IsUpper(first) && upper == 1:
		return "Xx"
	case unicode.IsUpper(first):
		return "XX" // "McDONALD", "U.S": mostly capitals
	}
	return "xX"
}

func prefix(s string, n int) string {
	i, k := 0, 0
	for i < len(s) && k < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		k++
	}
	return s[:i]
}

func suffix(s string, n int) string {
	i, k := len(s), 0
	for i > 0 && k < n {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		k++
	}
	return s[i:]
}

// Features appends the features of token i of a sentence whose words are
// words, given the label of token i-1 (0, "O", for the first token) and
// whether the sentence is set in capitals (CapsLine).
func Features(dst []uint32, words []Word, i, prevLabel int, capsLine bool) []uint32 {
	at := func(k int) *Word {
		if k < 0 || k >= len(words) {
			return &Boundary
		}
		return &words[k]
	}
	dst = words[i].Own(dst)
	dst = at(i - 1).AsPrev(dst)
	dst = at(i + 1).AsNext(dst)
	dst = at(i - 2).AsPrev2(dst)
	dst = at(i + 2).AsNext2(dst)
	dst = GazPair(dst, at(i-1), &words[i], at(i+1))
	return Dynamic(dst, &words[i], prevLabel, i == 0, capsLine)
}

// CapsLine reports a sentence set in capitals, like an all-caps headline:
// at least three words in capitals, none with a lower-case letter.
func CapsLine(words []Word) bool {
	var c CapsCounter
	for i := range words {
		c.Add(words[i].Cap)
	}
	return c.CapsLine()
}

// CapsCounter decides CapsLine from the words' capitalization classes,
// given one by one.
type CapsCounter struct {
	caps  int
	lower bool
}

// Add counts a word of capitalization class cap (CapClass).
func (c *CapsCounter) Add(cap string) {
	switch cap {
	case "x", "Xx", "xX":
		c.lower = true
	case "XX":
		c.caps++
	}
}

// CapsLine is CapsLine of the words added.
func (c *CapsCounter) CapsLine() bool { return !c.lower && c.caps >= 3 }
