package nlp

import (
	"math/rand"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The hand-written matchers replace regular expressions; their tests
// compare each with the pattern it replaces, on the corpus's pieces, on
// hand-written cases and on random strings. These are the helpers.

// matcherCorpus is what the matchers are compared on: every text of the
// shared articles, nlp/testdata and prose's test texts, and each text's
// lines, paragraphs, sentences, tokens and the start of the line from
// each of its words.
func matcherCorpus(t *testing.T) []string {
	t.Helper()
	names, texts := tokCorpus(t)
	var all []string
	for _, n := range names {
		all = append(all, texts[n])
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	articles := map[string]bool{}
	for _, f := range files {
		text := readTestdata(t, filepath.Base(f))
		all = append(all, text)
		articles[text] = true
	}
	for _, f := range sharedArticles(t) {
		articles[texts[filepath.Base(f)]] = true
	}
	tz := newTokenizer()
	var pieces []string
	for _, text := range all {
		pieces = append(pieces, text)
		pieces = append(pieces, strings.Split(text, "\n\n")...)
		for _, line := range strings.Split(text, "\n") {
			pieces = append(pieces, line, strings.TrimSpace(line))
			pieces = append(pieces, lineFromEachWord(line)...)
		}
		for _, tok := range tz.appendTokens(nil, text, 0, len(text)) {
			pieces = append(pieces, tok.text)
		}
		if articles[text] {
			pieces = append(pieces, sentencesOf(t, text)...)
		}
	}
	return pieces
}

// lineFromEachWord is the first 120 bytes of line from each word on:
// datelines and dates start at a word.
func lineFromEachWord(line string) []string {
	var out []string
	for i := range line {
		if i > 0 && !unicode.IsSpace(rune(line[i-1])) {
			continue
		}
		end := min(len(line), i+120)
		out = append(out, line[i:end])
	}
	return out
}

// sentencesOf is the text of each sentence the engine finds in text.
func sentencesOf(t *testing.T, text string) []string {
	t.Helper()
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range a.Sentences {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

// randomStrings makes n strings of up to maxParts pieces drawn from
// alphabet, the same strings on every run.
func randomStrings(seed int64, n, maxParts int, alphabet []string) []string {
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for range rng.Intn(maxParts + 1) {
			b.WriteString(alphabet[rng.Intn(len(alphabet))])
		}
		out[i] = b.String()
	}
	return out
}

// mutate changes s in none, one or two places: a byte dropped, or a
// piece of alphabet put in or put in place of a byte.
func mutate(rng *rand.Rand, s string, alphabet []string) string {
	for range rng.Intn(3) {
		if s == "" {
			return alphabet[rng.Intn(len(alphabet))]
		}
		i := rng.Intn(len(s))
		piece := alphabet[rng.Intn(len(alphabet))]
		switch rng.Intn(3) {
		case 0:
			s = s[:i] + s[i+1:]
		case 1:
			s = s[:i] + piece + s[i:]
		default:
			s = s[:i] + piece + s[i+1:]
		}
	}
	return s
}

// edgeStrings are hard cases for any matcher: nothing, white space of
// every kind, curly quotes, letters that are neither ASCII nor of one
// case, and invalid UTF-8.
var edgeStrings = []string{
	"", " ", "\t", "\v", "\f", "\r\n", "\u00a0", "\u2028", ".", "..", "!", "?",
	"“", "”", "‘", "’", "\"", "'", "É", "é", "ǅ", "ß", "İ", "ı", "K", "ſ", "Ω",
	"\xff", "\xc3", "\xe2\x80", "\xe2\x80\x94", "\x00",
}

// mustFinishQuickly fails the test if f takes more than a few seconds, as
// it would on a long input if it backtracked.
func mustFinishQuickly(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	start := time.Now()
	go func() {
		f()
		close(done)
	}()
	select {
	case <-done:
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s took %v", what, d)
		}
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not finish in 10s: not linear", what)
	}
}
