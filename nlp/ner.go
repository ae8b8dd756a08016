package nlp

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// maxent is prose's maximum-entropy entity labeller, read from
// models/ner.bin: it labels each token B-/I-TYPE or O from seventeen
// features of the token, its neighbours and the previous label. prose looks
// up every feature once per label ("word-Putin-B-PERSON"); here each
// feature value is looked up once and carries the weights of all its
// labels, and weights are int16 multiples of one scale.
type maxent struct {
	labels    []string
	simple    []string // the label's history form: "B", "I" or "O"
	wordlist  *strIndex
	feats     *strIndex
	rowStart  []int32
	entLabel  []byte
	entWeight []int16
}

func loadMaxent(b []byte) (*maxent, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	x := &maxent{}
	lbuf, loffs, err := m.strings("labels")
	if err != nil {
		return nil, err
	}
	for i := 0; i+1 < len(loffs); i++ {
		l := string(lbuf[loffs[i]:loffs[i+1]])
		x.labels = append(x.labels, l)
		x.simple = append(x.simple, strings.SplitN(l, "-", 2)[0])
	}
	if x.wordlist, err = m.index("wordlist"); err != nil {
		return nil, err
	}
	if x.feats, err = m.index("features"); err != nil {
		return nil, err
	}
	counts, err := m.uvarints("feature.n")
	if err != nil {
		return nil, err
	}
	if x.entLabel, err = m.section("entry.label"); err != nil {
		return nil, err
	}
	if x.entWeight, err = m.int16s("entry.weight"); err != nil {
		return nil, err
	}
	x.rowStart = make([]int32, len(counts)+1)
	for i, c := range counts {
		x.rowStart[i+1] = x.rowStart[i] + int32(c)
	}
	if len(counts) != len(x.feats.offs)-1 || int(x.rowStart[len(counts)]) != len(x.entLabel) || len(x.entLabel) != len(x.entWeight) {
		return nil, fmt.Errorf("entity model: sections do not agree")
	}
	for _, l := range x.entLabel {
		if int(l) >= len(x.labels) {
			return nil, fmt.Errorf("entity model: label %d out of range", l)
		}
	}
	return x, nil
}

// nerScratch is one call's working memory.
type nerScratch struct {
	scores  []int32
	history []string
	lowers  []string
	shapes  []string
}

// label sets each token's entity label, left to right, as prose does over
// one document (here: one block), with the POS tags already set.
func (x *maxent) label(toks []token, sc *nerScratch) {
	n := len(toks)
	if len(sc.scores) < len(x.labels) {
		sc.scores = make([]int32, len(x.labels))
	}
	sc.history = sc.history[:0]
	sc.lowers = sc.lowers[:0]
	sc.shapes = sc.shapes[:0]
	for i := range toks {
		sc.lowers = append(sc.lowers, strings.ToLower(toks[i].text))
		sc.shapes = append(sc.shapes, wordShape(toks[i].text))
	}
	var lenBuf [20]byte
	for i := 0; i < n; i++ {
		word := toks[i].text
		pos := toks[i].tag
		lw := sc.lowers[i]
		prevTag, prevWord, prevPos, prevShape := "None", "None", "None", "None"
		if i >= 1 {
			prevWord, prevPos, prevTag = sc.lowers[i-1], toks[i-1].tag, sc.history[i-1]
			if i >= 2 {
				prevShape = sc.shapes[i-1]
			}
		}
		nextWord, nextPos := "None", "None"
		if i < n-1 {
			nextWord, nextPos = sc.lowers[i+1], strings.ToLower(toks[i+1].tag)
		}
		basic := "False"
		if x.wordlist.find3(word, "", "") >= 0 {
			basic = "True"
		}
		for k := range sc.scores {
			sc.scores[k] = 0
		}
		add := func(f int) {
			if f < 0 {
				return
			}
			for e := x.rowStart[f]; e < x.rowStart[f+1]; e++ {
				sc.scores[x.entLabel[e]] += int32(x.entWeight[e])
			}
		}
		f := x.feats
		add(f.find3("bias-True", "", ""))
		add(f.find3("word-", word, ""))
		add(f.find3("pos-", pos, ""))
		add(f.find3("en-wordlist-", basic, ""))
		add(f.find3("word.lower-", lw, ""))
		add(f.find3("suffix3-", strings.ToLower(word[len(word)-min(len(word), 3):]), ""))
		add(f.find3("prefix3-", strings.ToLower(word[:min(len(word), 3)]), ""))
		add(f.find3("shape-", sc.shapes[i], ""))
		add(f.find3("wordlen-", string(strconv.AppendInt(lenBuf[:0], int64(len(word)), 10)), ""))
		add(f.find3("prevtag-", prevTag, ""))
		add(f.find3("prevword-", prevWord, ""))
		add(f.find3("prevpos-", prevPos, ""))
		add(f.find3("nextword-", nextWord, ""))
		add(f.find3("nextpos-", nextPos, ""))
		add(f.find5("word+nextpos-", lw, "+", nextPos, ""))
		add(f.find5("pos+prevtag-", pos, "+", prevTag, ""))
		add(f.find5("shape+prevtag-", prevShape, "+", prevTag, ""))
		best := 0
		for k := 1; k < len(x.labels); k++ {
			if sc.scores[k] > sc.scores[best] {
				best = k
			}
		}
		toks[i].label = x.labels[best]
		sc.history = append(sc.history, x.simple[best])
	}
}

// wordShape is prose's shape feature: "number" for what parses as a float,
// "punct" when the last character is not an ASCII word character (Go's \W),
// else "downcase", "upcase" (title case) or "mixedcase".
func wordShape(w string) string {
	if w == "" {
		return "other"
	}
	if looksNumeric(w) {
		if _, err := strconv.ParseFloat(w, 64); err == nil {
			return "number"
		}
	}
	r, _ := utf8.DecodeLastRuneInString(w)
	if !(r == '_' || (r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z')) {
		return "punct"
	}
	if strings.ToLower(w) == w {
		return "downcase"
	}
	if strings.Title(w) == w { //nolint:staticcheck // prose's feature is defined by strings.Title
		return "upcase"
	}
	return "mixedcase"
}

// looksNumeric rules out, cheaply, the words ParseFloat cannot accept: it
// needs a digit, or is one of "inf", "infinity", "nan" in some case.
func looksNumeric(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= '0' && w[i] <= '9' {
			return true
		}
	}
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	switch strings.ToLower(strings.TrimLeft(w, "+-")) {
	case "inf", "infinity", "nan":
		return true
	}
	return false
}
