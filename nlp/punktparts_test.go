package nlp

import (
	"encoding/binary"
	"fmt"
	"math/rand"
	"os"
	"strings"
	"testing"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// Our Punkt's pieces against the library's and prose's: the model, the
// word tokenizer, the types and each annotation pass, token by token. A
// sentence-level difference (punkt_test.go) shows here as the first pass
// that goes wrong.

// punktEdgeTexts exercise the library's quirks: a final multi-byte
// character (its word is dropped), a final space or ASCII character (the
// break moves to the end of the text), Unicode white space, invalid UTF-8,
// characters whose lower case has another length, abbreviations cut by
// rune count, hyphens, numbers, initials, lone periods.
var punktEdgeTexts = []string{
	"", " ", "\n", "a", "a.", ".", "..", ". .", "é", "é.", "Hello.é", "A. Bé", "foo bar.é", "foo .(é", "foo .(é\n x",
	"Hello.\n", "Hello. \n", "Hello. ", "Hello.\u00a0", "Hello.\u00a0\u00a0World.", "x\u00a0y. Z", "Dr.\u2028Smith went.",
	"Mr.\u0085Smith.", "St.\u3000Louis.", "a.\vB.", "İSTANBUL. Ok.", "İ. Ok.", "\u212a. Ok.", "\u212aM. Ok.", "\xff. \xfe.",
	"St.\xc3 Y.", "\xc3. B", "ab\xc3. B", "Ph.D. Smith arrived.", "approx. 5 p.m. He left.", "Café. Ça va. Él.",
	"N.Y.-based firm. It grew.", "ex-gen. Smith came.", "ex-Gen. Smith came.", "Col.-Gen. Ivanov came.", "1,000. The end.",
	"No. 5 is it. no. 6 too.", "J. Bach played. A. Smith too.", "3. Then 4. Then.", "Tues.-Thurs. He came.",
	"It cost $5. The end.", "In 1990. Then 2000.", "e.g. this. i.e. that.", "U.S. He came. U.S. officials.",
	"Wait . . . What?", "Wait. . . what?", "One. . Two.", "He said: \"Go.\" She went.", "(Finally.) Then.",
	"Yahoo! Mail. Yahoo!. Go.", "Hi?! Yes!! Ok.", "\"Is it?\" she asked.", "x.[1] Then.", "End.\n\nNew paragraph.\n\n",
	"  Leading. Spaces.  ", "\tTab. Tab.\t", "no punctuation at all", "no punctuation\nat all\n", "é é é", "a.é b.é c",
	"Le é-gen. Smith est là.", "Le é-drx. smith est là.", "Le é-drx. Smith est là.", "Ş. Ö. Ü.", "ÇA. VA.", "¿Qué? Sí.", "x,y. Z", ",. A", "a-. B", "-5. Five.", "5-. Five.", "1.5. Two.", "a1. B",
}

// punktEdgeFragments add some of those characters to the random texts.
var punktEdgeFragments = []string{
	"\u00a0", "\u2028", "\u0085", "\u3000", "\v", "\xff", "\xc3", "é", "é.", "İ", "İ.", "\u212a", "Ş.", "a-b.", "-",
	"Col.-Gen.", "1,000.", "-5.", "x,y.", "Ph.D.", "A.", "b.", ". ", ". . ", "..", "?!", "!.", ".(", ".[", "é",
}

// punktLib is prose's tokenizer: the library's word tokenizer and
// annotation passes with prose's customizations.
func punktLib(t testing.TB) *sentences.DefaultSentenceTokenizer {
	return newProseSegmenter(t).p
}

// comparePunktPasses compares our tokens, types and each pass's flags on
// text with prose's; it returns false where the library panics.
func comparePunktPasses(t *testing.T, p *punkt, lib *sentences.DefaultSentenceTokenizer, s *punktScratch, name, text string) (ok bool) {
	t.Helper()
	var libToks []*sentences.Token
	func() {
		defer func() { ok = recover() == nil }()
		libToks = lib.WordTokenizer.Tokenize(text, true)
	}()
	if !ok {
		return false
	}
	c := p.prepare(text, s)
	if len(c.toks) != len(libToks) {
		var ws []string
		for i := range c.toks {
			ws = append(ws, c.word(&c.toks[i]))
		}
		var ls []string
		for _, lt := range libToks {
			ls = append(ls, lt.Tok)
		}
		t.Fatalf("%s: %d tokens, the library %d: %s", name, len(c.toks), len(libToks), tokDiff(ws, ls))
	}
	for i, lt := range libToks {
		ot := &c.toks[i]
		if c.word(ot) != lt.Tok || ot.pos != lt.Position {
			t.Fatalf("%s: token %d is %q at %d, the library's %q at %d", name, i, c.word(ot), ot.pos, lt.Tok, lt.Position)
		}
		if got, want := c.typ(ot), lib.WordTokenizer.Type(lt); got != want {
			t.Fatalf("%s: token %d %q has type %q, the library's %q", name, i, lt.Tok, got, want)
		}
	}
	ours := []func(){c.annotateTypes, c.annotatePairs, c.annotateMultiPunct}
	if len(lib.Annotations) != len(ours) {
		t.Fatalf("prose has %d annotation passes, we have %d", len(lib.Annotations), len(ours))
	}
	for k, ann := range lib.Annotations {
		libToks = ann.Annotate(libToks)
		ours[k]()
		for i, lt := range libToks {
			ot := &c.toks[i]
			if ot.sentBreak != lt.SentBreak || ot.abbr != lt.Abbr {
				t.Fatalf("%s: after pass %d, token %d %q (next %q) has break %v, abbreviation %v; prose's %v, %v",
					name, k+1, i, lt.Tok, punktNextWord(libToks, i), ot.sentBreak, ot.abbr, lt.SentBreak, lt.Abbr)
			}
		}
	}
	return true
}

func punktNextWord(toks []*sentences.Token, i int) string {
	if i+1 < len(toks) {
		return toks[i+1].Tok
	}
	return ""
}

// TestPunktPassesMatchProse compares token by token, pass by pass, on the
// edge texts, the corpus (whole and by paragraph) and random texts.
func TestPunktPassesMatchProse(t *testing.T) {
	p, lib := newPunktT(t), punktLib(t)
	var s punktScratch
	for i, text := range punktEdgeTexts {
		if !comparePunktPasses(t, p, lib, &s, fmt.Sprintf("edge text %d %q", i, text), text) {
			t.Errorf("edge text %d %q: the library panics", i, text)
		}
	}
	names, texts := tokCorpus(t)
	for _, name := range names {
		text := texts[name]
		comparePunktPasses(t, p, lib, &s, name, text)
		for i, para := range strings.Split(text, "\n\n") {
			comparePunktPasses(t, p, lib, &s, fmt.Sprintf("%s, paragraph %d", name, i+1), para)
		}
	}
	frags := append(append([]string{}, punktFragments...), punktEdgeFragments...)
	rng := rand.New(rand.NewSource(2))
	var b strings.Builder
	for i := range 2000 {
		b.Reset()
		for k := rng.Intn(100); k >= 0; k-- {
			b.WriteString(frags[rng.Intn(len(frags))])
		}
		comparePunktPasses(t, p, lib, &s, fmt.Sprintf("random text %d %q", i, b.String()), b.String())
	}
}

// TestPunktEdgeMatchesProse compares the sentences of the edge texts with
// prose's.
func TestPunktEdgeMatchesProse(t *testing.T) {
	p, ref := newPunktT(t), newProseSegmenter(t)
	for i, text := range punktEdgeTexts {
		comparePunkt(t, p, ref.sentences, fmt.Sprintf("edge text %d %q", i, text), text)
	}
}

// TestPunktTypeMatchesLibrary: appendPunktType replaces the library's
// regular expression with a scan and strings.ToLower with appendLower;
// on every word of the corpora and on tricky ones, they agree.
func TestPunktTypeMatchesLibrary(t *testing.T) {
	lib := &sentences.DefaultWordTokenizer{PunctStrings: sentences.NewPunctStrings()}
	words := []string{"", "1", "-1", "--1", "a-1", "a--1.", "1,000", "1,000.", "x.,5", "-.5", ",5", ".-5", "-,-5",
		"3-4", "U.S.", "1990s", "B-52", "2.5%", "$1,000", "-", ".", ",", ",,", "1.", "Ab12,3", "12a3", "ÉTÉ-12", "a-.-5",
		"\xff", "A\xffB.", "\xc3", "É\xc3", "\u212a", "\u212a,", "İ", "İ.", "ẞ", "ΣΑΣ.", "\ufffd", "Ⅻ.", "ǅ,"}
	for _, f := range sharedArticles(t) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		words = append(words, strings.Fields(string(b))...)
	}
	var buf []byte
	for _, w := range words {
		buf = appendPunktType(buf[:0], w)
		typ := string(buf)
		for _, brk := range []bool{false, true} {
			tok := sentences.NewToken(w)
			tok.SentBreak = brk
			if want := lib.Type(tok); typ != want {
				t.Fatalf("type of %q = %q, the library's %q", w, typ, want)
			}
			if got, want := punktNoPeriod(typ), lib.TypeNoPeriod(tok); got != want {
				t.Fatalf("TypeNoPeriod(%q) = %q, the library's %q", w, got, want)
			}
			c := punktCall{text: w, toks: []punktToken{{end: len(w), typEnd: len(typ), sentBreak: brk}}, types: typ}
			if got, want := c.typeNoSentPeriod(&c.toks[0]), lib.TypeNoSentPeriod(tok); got != want {
				t.Fatalf("TypeNoSentPeriod(%q, %v) = %q, the library's %q", w, brk, got, want)
			}
		}
		tok := sentences.NewToken(w)
		if got, want := punktFirstUpper(w), lib.FirstUpper(tok); got != want {
			t.Fatalf("FirstUpper(%q) = %v, the library's %v", w, got, want)
		}
		if got, want := punktFirstLower(w), lib.FirstLower(tok); got != want {
			t.Fatalf("FirstLower(%q) = %v, the library's %v", w, got, want)
		}
		if got, want := punktInitial(w), lib.IsInitial(tok); got != want {
			t.Fatalf("IsInitial(%q) = %v, the library's %v", w, got, want)
		}
		if got, want := string(appendLower(nil, w)), strings.ToLower(w); got != want {
			t.Fatalf("appendLower(%q) = %q, strings.ToLower gives %q", w, got, want)
		}
	}
}

// TestPunktSentEndCharsMatchesProse compares punktSentEndChars with
// prose's HasSentEndChars.
func TestPunktSentEndCharsMatchesProse(t *testing.T) {
	lib := punktLib(t)
	words := []string{"", "?", "!", ".", "a?", "a!\"", "a.\"", "a.'", "a?'", "a.)", "a.’", "a.”", "a!’", "a?”", "a’", "a.»",
		"Yahoo!", "Yahoo!\"", "x.[1]", "Yahoo!(", "a.(b", "a?(b", "a![b", "a?[", "a.\"b", "a!\"b", "'", "\"", "’", "”"}
	for _, f := range punktFragments {
		words = append(words, f, "x"+f, f+f)
	}
	names, texts := tokCorpus(t)
	for _, name := range names {
		words = append(words, strings.Fields(texts[name])...)
	}
	for _, w := range words {
		if got, want := punktSentEndChars(w), lib.WordTokenizer.HasSentEndChars(sentences.NewToken(w)); got != want {
			t.Fatalf("punktSentEndChars(%q) = %v, prose's %v", w, got, want)
		}
	}
}

// TestPunktModelMatchesLibrary: models/punkt.bin holds the library's
// English model, table for table, and lookups find every entry (the
// tables must be sorted for strIndex).
func TestPunktModelMatchesLibrary(t *testing.T) {
	b, err := data.Asset("data/english.json")
	if err != nil {
		t.Fatal(err)
	}
	st, err := sentences.LoadTraining(b)
	if err != nil {
		t.Fatal(err)
	}
	m, err := loadPunktModel(punktModelBytes)
	if err != nil {
		t.Fatal(err)
	}
	for _, tab := range []struct {
		name string
		lib  sentences.SetString
		ours *punktTable
	}{{"abbrev", st.AbbrevTypes, &m.abbrev}, {"colloc", st.Collocations, &m.colloc}, {"starter", st.SentStarters, &m.starter}, {"ortho", st.OrthoContext, &m.ortho}} {
		if tab.ours.keys.len() != len(tab.lib) {
			t.Errorf("%s: %d entries, the library's %d", tab.name, tab.ours.keys.len(), len(tab.lib))
		}
		for k, v := range tab.lib {
			if got := tab.ours.get(k); int(got) != v {
				t.Errorf("%s[%q] = %d, the library's %d", tab.name, k, got, v)
			}
			if i := strings.IndexByte(k, ','); i >= 0 && tab.ours.get3(k[:i], ",", k[i+1:]) != uint8(v) {
				t.Errorf("%s[%q] in parts is not %d", tab.name, k, v)
			}
			if tab.ours.get3(k, "x", "") != 0 && tab.lib[k+"x"] == 0 {
				t.Errorf("%s[%q] found but absent", tab.name, k+"x")
			}
		}
	}
	for _, a := range punktAbbrevs {
		if !m.isAbbrev(a) {
			t.Errorf("prose's abbreviation %q is not one", a)
		}
	}
	if m.isAbbrev("zzz") || m.isAbbrev("") {
		t.Error("isAbbrev finds what is not there")
	}
}

// TestPunktValues: the values are read in place when each is one byte,
// decoded otherwise, and rejected when they do not fit.
func TestPunktValues(t *testing.T) {
	list := func(vs ...uint64) []byte {
		b := binary.AppendUvarint(nil, uint64(len(vs)))
		for _, v := range vs {
			b = binary.AppendUvarint(b, v)
		}
		return b
	}
	m := modelFile{"small": list(1, 0, 126), "wide": list(1, 200, 255), "big": list(1, 256), "bad": {3, 1, 0x80, 1}, "long": list(1, 2)}
	for _, c := range []struct {
		name string
		n    int
		want string // the values, or "error"
	}{{"small", 3, "[1 0 126]"}, {"wide", 3, "[1 200 255]"}, {"big", 2, "error"}, {"bad", 3, "error"}, {"long", 3, "error"}, {"none", 0, "error"}} {
		got := "error"
		if vals, err := punktValues(m, c.name, c.n); err == nil {
			got = fmt.Sprint(vals)
		}
		if got != c.want {
			t.Errorf("punktValues(%s) = %s, want %s", c.name, got, c.want)
		}
	}
}

// TestPunktAllocs: with a warm scratch, splitting allocates nothing.
func TestPunktAllocs(t *testing.T) {
	p := newPunktT(t)
	text := readTestdata(t, "tass-putin-nato.txt")
	var s punktScratch
	p.Tokenize(text, &s)
	if n := testing.AllocsPerRun(10, func() { p.Tokenize(text, &s) }); n != 0 {
		t.Errorf("Tokenize allocates %v times a call", n)
	}
}

// BenchmarkPunkt splits sherlock.txt paragraph by paragraph, as the
// engine does.
func BenchmarkPunkt(b *testing.B) {
	p, err := newPunkt()
	if err != nil {
		b.Fatal(err)
	}
	text := benchText(b, "sherlock")
	paras := strings.Split(text, "\n\n")
	var s punktScratch
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		for _, para := range paras {
			p.Tokenize(para, &s)
		}
	}
}

func BenchmarkPunktLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := newPunkt(); err != nil {
			b.Fatal(err)
		}
	}
}
