package nlp

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	_ "unsafe" // for go:linkname

	"github.com/jdkato/prose/v2"
	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/english"
)

// The segmenter must split exactly as prose does. These tests compare it
// with prose itself.
//
// prose.NewDocument loads Punkt's model on every call (25-45 ms natively,
// 300 ms under js/wasm), too slow for thousands of paragraphs. So the
// public API is the reference for whole texts, and for the rest the
// reference is prose's own tokenizer constructor, reached with linkname
// and called once: prose's code, not a copy of it.

//go:linkname proseNewSentenceTokenizer github.com/jdkato/prose/v2.newSentenceTokenizer
func proseNewSentenceTokenizer(s *sentences.Storage) (*sentences.DefaultSentenceTokenizer, error)

// proseSegmenter is prose's segmenter, built once: its split of s is
// what prose.NewDocument gives (the sentence texts, trimmed).
type proseSegmenter struct {
	p *sentences.DefaultSentenceTokenizer
}

func newProseSegmenter(t testing.TB) proseSegmenter {
	t.Helper()
	p, err := proseNewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	return proseSegmenter{p}
}

func (ps proseSegmenter) sentences(s string) (sents []string, ok bool) {
	defer func() {
		if recover() != nil {
			sents, ok = nil, false
		}
	}()
	for _, sent := range ps.p.Tokenize(s) {
		sents = append(sents, strings.TrimSpace(sent.Text))
	}
	return sents, true
}

// proseSentences is the reference: prose v2.0.0's sentences of s, or
// ok=false where prose panics.
func proseSentences(s string) (sents []string, ok bool) {
	defer func() {
		if recover() != nil {
			sents, ok = nil, false
		}
	}()
	d, err := prose.NewDocument(s, prose.WithTokenization(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		panic(err)
	}
	for _, sent := range d.Sentences() {
		sents = append(sents, sent.Text)
	}
	return sents, true
}

// punktSentences splits s and checks the spans: in order, tiling s, each
// with its text.
func punktSentences(t testing.TB, p *punkt, name, s string) []string {
	t.Helper()
	var out []string
	pos := 0
	for i, sent := range p.Tokenize(s, nil) {
		if sent.start != pos || sent.end <= sent.start || sent.end > len(s) {
			t.Fatalf("%s: sentence %d has span %d:%d after %d in a text of %d bytes", name, i, sent.start, sent.end, pos, len(s))
		}
		pos = sent.end
		out = append(out, strings.TrimSpace(s[sent.start:sent.end]))
	}
	if pos != len(s) {
		t.Fatalf("%s: sentences end at %d, the text at %d", name, pos, len(s))
	}
	return out
}

func newPunktT(t testing.TB) *punkt {
	t.Helper()
	p, err := newPunkt()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestPunktCases pins prose's splits where its rules differ from the
// library's English tokenizer, which each case is also run through:
// a case that both split alike would not test prose's customizations.
func TestPunktCases(t *testing.T) {
	p := newPunktT(t)
	en, err := english.NewSentenceTokenizer(nil)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		in     string
		want   []string
		likeEn bool // the English tokenizer splits it the same
	}{
		{"", nil, true},
		{"Gen. Smith arrived. He spoke.", []string{"Gen. Smith arrived.", "He spoke."}, true},
		{"The U.S. Army left. Then it rained.", []string{"The U.S. Army left.", "Then it rained."}, true},
		{"He went to St. Petersburg on Monday. It was cold.", []string{"He went to St. Petersburg on Monday.", "It was cold."}, true},
		{"She left at 5 p.m. Then we ate.", []string{"She left at 5 p.m. Then we ate."}, true},
		{"ST.PETERSBURG, June 2 /TASS/. Russian President Vladimir Putin said.", []string{"ST.PETERSBURG, June 2 /TASS/.", "Russian President Vladimir Putin said."}, true},
		// quotes: a break after ?" stands before a capital or a
		// frequent sentence starter ("he"), not before "she"
		{`"Is it true?" she asked. "Yes!" he said.`, []string{`"Is it true?" she asked.`, `"Yes!"`, "he said."}, false},
		{`"Is it over?" He left.`, []string{`"Is it over?"`, "He left."}, true},
		{"“Is it over?” He left. “No.” She stayed.", []string{"“Is it over?”", "He left.", "“No.”", "She stayed."}, true},
		// prose's enders lack .' (the library's have it)
		{"He said 'stop.' Then he left.", []string{"He said 'stop.' Then he left."}, false},
		// ellipses break before a capital
		{"Wait... What happened? I don't know...", []string{"Wait...", "What happened?", "I don't know..."}, false},
		{"Wait . . . what happened?", []string{"Wait . . . what happened?"}, true},
		// Yahoo! is a name
		{"I use Yahoo! Mail. It works.", []string{"I use Yahoo! Mail.", "It works."}, false},
		// the added abbreviations (and "Gov." before a frequent starter)
		{"Sgt. Pepper played. Gov. Brown spoke. No. 5 is here. Mt. Everest is tall.", []string{"Sgt. Pepper played.", "Gov.", "Brown spoke.", "No. 5 is here.", "Mt. Everest is tall."}, false},
		{"He arrived (finally.) Then ate.", []string{"He arrived (finally.)", "Then ate."}, true},
	}
	for _, c := range cases {
		got := punktSentences(t, p, fmt.Sprintf("%q", c.in), c.in)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n  got  %q\n  want %q", c.in, got, c.want)
		}
		if ref, _ := proseSentences(c.in); strings.Join(ref, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: the table is wrong: prose gives %q", c.in, ref)
		}
		var enSents []string
		for _, s := range en.Tokenize(c.in) {
			enSents = append(enSents, strings.TrimSpace(s.Text))
		}
		if same := strings.Join(enSents, "|") == strings.Join(c.want, "|"); same != c.likeEn {
			t.Errorf("%q: the English tokenizer gives %q; the table says like prose: %v", c.in, enSents, c.likeEn)
		}
	}
}

// comparePunkt fails with the first mismatch, in context, between our
// sentences of s and the reference's.
func comparePunkt(t *testing.T, p *punkt, ref func(string) ([]string, bool), name, s string) int {
	t.Helper()
	want, ok := ref(s)
	if !ok {
		t.Fatalf("%s: prose panics on this text", name)
	}
	got := punktSentences(t, p, name, s)
	if d := tokDiff(got, want); d != "" {
		t.Errorf("%s: %d sentences, prose %d; %s", name, len(got), len(want), d)
	}
	return len(want)
}

// TestPunktMatchesProse requires exactly prose.NewDocument's sentences on
// every article of the corpus and prose's long test texts, whole.
func TestPunktMatchesProse(t *testing.T) {
	p := newPunktT(t)
	names, texts := tokCorpus(t)
	var n, total int
	for _, name := range names {
		if !strings.HasSuffix(name, ".txt") {
			continue // the short texts: see TestPunktMatchesProseParagraphs
		}
		total += comparePunkt(t, p, proseSentences, name, texts[name])
		n++
	}
	t.Logf("%d texts, %d sentences equal to prose.NewDocument's", n, total)
}

// TestPunktMatchesProseParagraphs requires exactly the sentences of
// prose's segmenter on every text of the corpus, whole and paragraph by
// paragraph (as the engine calls it).
func TestPunktMatchesProseParagraphs(t *testing.T) {
	p, ref := newPunktT(t), newProseSegmenter(t)
	names, texts := tokCorpus(t)
	var total, paras int
	for _, name := range names {
		text := texts[name]
		total += comparePunkt(t, p, ref.sentences, name, text)
		if !strings.Contains(text, "\n\n") {
			continue
		}
		for i, para := range strings.Split(text, "\n\n") {
			total += comparePunkt(t, p, ref.sentences, fmt.Sprintf("%s, paragraph %d", name, i+1), para)
			paras++
		}
	}
	t.Logf("%d texts, %d paragraphs, %d sentences equal to prose's", len(names), paras, total)
}

// punktFragments are what random texts are made of.
var punktFragments = []string{
	" ", " ", " ", " ", " ", " ", "  ", "\n", "\n\n", " \n",
	"the", "a", "he", "she", "it", "said", "was", "Smith", "Putin", "The", "He", "But", "In", "NATO", "x", "I",
	".", ".", ".", ",", "?", "!", ";", ":", "...", ". . .", "..", "'", "\"", "’", "”", "“", "(", ")", "[", "]",
	".\"", "?\"", "!'", ".'", ".)", "?)", ".”", "?”", ".’", ".[", "!(", "Yahoo!",
	"Mr.", "Dr.", "Gen.", "St.", "U.S.", "U.S.A.", "F.B.I.", "p.m.", "a.m.", "e.g.", "i.e.", "Inc.", "Co.", "No.", "no.",
	"Sgt.", "Gov.", "Mt.", "mt.", "J.", "A.", "Jan.", "Sept.", "etc.", "vs.", "3.", "1.5", "42", "1990s.", "$5.",
	"é", "É", "İ", "\u00a0",
}

// TestPunktRandomMatchesProse compares random texts built from
// punktFragments.
func TestPunktRandomMatchesProse(t *testing.T) {
	p, ref := newPunktT(t), newProseSegmenter(t)
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	docs, total := 2000, 0
	for i := 0; i < docs; i++ {
		b.Reset()
		for k := rng.Intn(200); k >= 0; k-- {
			b.WriteString(punktFragments[rng.Intn(len(punktFragments))])
		}
		total += comparePunkt(t, p, ref.sentences, fmt.Sprintf("random text %d %q", i, b.String()), b.String())
	}
	t.Logf("%d random texts, %d sentences equal to prose's", docs, total)
}

// TestPunktConcurrent: one segmenter serves several goroutines, each
// with its own scratch (run with -race to check that it only reads).
func TestPunktConcurrent(t *testing.T) {
	p := newPunktT(t)
	text := "Gen. Smith arrived. He spoke to the U.S. Army. \"Is it over?\" He left. Wait... What? J. Bach."
	want := strings.Join(punktSentences(t, p, "serial", text), "|")
	done := make(chan string)
	for range 4 {
		go func() {
			var s punktScratch
			var got []string
			for range 50 {
				got = got[:0]
				for _, sent := range p.Tokenize(text, &s) {
					got = append(got, strings.TrimSpace(text[sent.start:sent.end]))
				}
			}
			done <- strings.Join(got, "|")
		}()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent: got %q, want %q", got, want)
		}
	}
}

// FuzzPunkt compares with prose's segmenter on any input.
func FuzzPunkt(f *testing.F) {
	for _, s := range []string{"Gen. Smith arrived. He spoke.", `"Is it true?" she asked.`, "Wait... What?", "I use Yahoo! Mail. It works."} {
		f.Add(s)
	}
	p, err := newPunkt()
	if err != nil {
		f.Fatal(err)
	}
	ref := newProseSegmenter(f)
	f.Fuzz(func(t *testing.T, s string) {
		got := punktSentences(t, p, "fuzz", s)
		want, ok := ref.sentences(s)
		if !ok {
			return
		}
		if d := tokDiff(got, want); d != "" {
			t.Fatalf("%q: %s", s, d)
		}
	})
}

// TestPunktBreaksBetweenTokens: Punkt breaks only at white space and
// tokens hold none, so every token lies inside one sentence and tokens
// can be assigned to sentences by their spans.
func TestPunktBreaksBetweenTokens(t *testing.T) {
	p, tz := newPunktT(t), newTokenizer()
	names, texts := tokCorpus(t)
	for _, name := range names {
		text := texts[name]
		toks := tz.appendTokens(nil, text, 0, len(text))
		k := 0
		for _, s := range p.Tokenize(text, nil) {
			for k < len(toks) && toks[k].end <= s.end {
				if toks[k].start < s.start {
					t.Fatalf("%s: token %q at %d:%d crosses the sentence start %d", name, toks[k].text, toks[k].start, toks[k].end, s.start)
				}
				k++
			}
			if k < len(toks) && toks[k].start < s.end {
				t.Fatalf("%s: token %q at %d:%d crosses the sentence end %d", name, toks[k].text, toks[k].start, toks[k].end, s.end)
			}
		}
		if k != len(toks) {
			t.Fatalf("%s: %d tokens after the last sentence", name, len(toks)-k)
		}
	}
}
