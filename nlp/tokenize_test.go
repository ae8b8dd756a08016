package nlp

import (
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// The tokenizer must give exactly prose's tokens. These tests compare it
// with prose itself (tests may import prose; the engine may not).

// proseTokens is the reference: prose v2.0.0's token texts for s, or
// ok=false where prose panics on s.
func proseTokens(s string) (toks []string, ok bool) {
	defer func() {
		if recover() != nil {
			toks, ok = nil, false
		}
	}()
	d, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		panic(err)
	}
	for _, t := range d.Tokens() {
		toks = append(toks, t.Text)
	}
	return toks, true
}

func tokTexts(toks []token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// tokSanitizer is prose's character replacement, to check that a token's
// text is its span's text as prose rewrites it.
var tokSanitizer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "&rsquo;", "'")

// checkTokenSpans checks that the tokens of text[start:end] lie in order,
// without overlap, inside that range, and that each span's text, as
// prose rewrites it, is the token's text.
func checkTokenSpans(t testing.TB, name, text string, start, end int, toks []token) {
	t.Helper()
	pos := start
	for i, tk := range toks {
		switch {
		case tk.start > tk.end:
			t.Fatalf("%s: token %d %q: start %d > end %d", name, i, tk.text, tk.start, tk.end)
		case tk.start < pos:
			t.Fatalf("%s: token %d %q at %d overlaps or precedes the previous token (ends %d)", name, i, tk.text, tk.start, pos)
		case tk.end > end:
			t.Fatalf("%s: token %d %q ends at %d, past the range end %d", name, i, tk.text, tk.end, end)
		}
		if got := tokSanitizer.Replace(text[tk.start:tk.end]); got != tk.text {
			t.Fatalf("%s: token %d: span %d:%d is %q (%q sanitized), text is %q", name, i, tk.start, tk.end, text[tk.start:tk.end], got, tk.text)
		}
		pos = tk.end
	}
}

// compareTokens fails with the first mismatches, in context, between
// our tokens of s and prose's.
func compareTokens(t *testing.T, name, s string, tz *tokenizer) int {
	t.Helper()
	want, ok := proseTokens(s)
	if !ok {
		t.Fatalf("%s: prose panics on this text", name)
	}
	toks := tz.appendTokens(nil, s, 0, len(s))
	checkTokenSpans(t, name, s, 0, len(s), toks)
	got := tokTexts(toks)
	if d := tokDiff(got, want); d != "" {
		t.Errorf("%s: %d tokens, prose %d; %s", name, len(got), len(want), d)
	}
	return len(want)
}

// tokDiff describes the first difference between two token lists, with
// a few tokens of context, or returns "".
func tokDiff(got, want []string) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	if i == len(got) && i == len(want) {
		return ""
	}
	lo := max(0, i-5)
	ctx := func(l []string) string { return fmt.Sprintf("%q", l[min(lo, len(l)):min(i+6, len(l))]) }
	return fmt.Sprintf("first difference at token %d:\n  got  ...%s\n  want ...%s", i, ctx(got), ctx(want))
}

// tokCorpus returns the texts the tokenizer and segmenter are checked on:
// the shared article corpus and prose's own test texts, by name.
func tokCorpus(t testing.TB) (names []string, texts map[string]string) {
	t.Helper()
	texts = map[string]string{}
	add := func(name, text string) {
		names = append(names, name)
		texts[name] = text
	}
	files, err := filepath.Glob(filepath.Join("..", "..", "shared", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles in ../../shared/articles (the shared corpus beside the repository; err %v)", err)
	}
	for _, f := range files {
		if filepath.Base(f) == "README.txt" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		add(filepath.Base(f), string(b))
	}
	dir := tokProseTestdata(t)
	for _, f := range []string{"sherlock.txt", "article.txt"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatalf("prose's testdata: %v", err)
		}
		add("prose/"+f, string(b))
	}
	// Lists of sentences: each is a text of its own.
	for _, f := range []string{"tokenize.json", "treebank_sents.json"} {
		b, err := os.ReadFile(filepath.Join(dir, f))
		if err != nil {
			t.Fatalf("prose's testdata: %v", err)
		}
		var list []string
		if err := json.Unmarshal(b, &list); err != nil {
			t.Fatalf("prose/%s: %v", f, err)
		}
		for i, s := range list {
			add(fmt.Sprintf("prose/%s[%d]", f, i), s)
		}
	}
	// The segmentation rules' inputs.
	b, err := os.ReadFile(filepath.Join(dir, "golden_rules_en.json"))
	if err != nil {
		t.Fatalf("prose's testdata: %v", err)
	}
	var rules []struct{ Name, Input string }
	if err := json.Unmarshal(b, &rules); err != nil {
		t.Fatalf("prose/golden_rules_en.json: %v", err)
	}
	for _, r := range rules {
		add("prose/golden_rules_en.json: "+r.Name, r.Input)
	}
	return names, texts
}

// tokProseTestdata is prose's testdata folder in the module cache.
func tokProseTestdata(t testing.TB) string {
	t.Helper()
	var caches []string
	if d := os.Getenv("GOMODCACHE"); d != "" {
		caches = append(caches, d)
	}
	for _, d := range filepath.SplitList(os.Getenv("GOPATH")) {
		caches = append(caches, filepath.Join(d, "pkg", "mod"))
	}
	if home, err := os.UserHomeDir(); err == nil {
		caches = append(caches, filepath.Join(home, "go", "pkg", "mod"))
	}
	for _, c := range caches {
		dir := filepath.Join(c, "github.com", "jdkato", "prose", "v2@v2.0.0", "testdata")
		if _, err := os.Stat(filepath.Join(dir, "sherlock.txt")); err == nil {
			return dir
		}
	}
	t.Fatalf("prose v2.0.0's testdata not found in the module cache (looked in %q): run go mod download", caches)
	return ""
}

// TestTokenizeCases pins prose's rules, quirks included. Each case is
// also run through prose, so the table cannot drift from the reference.
func TestTokenizeCases(t *testing.T) {
	tz := newTokenizer()
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{" \n\t\u00a0 ", nil},
		{"Hello, world!", []string{"Hello", ",", "world", "!"}},
		// contractions
		{"can't", []string{"ca", "n't"}},
		{"Don't", []string{"Do", "n't"}},
		{"They'll go", []string{"They", "'ll", "go"}},
		{"I'M here", []string{"I", "'M", "here"}},
		{"We’re", []string{"We", "'re"}},
		{"Putin’s", []string{"Putin", "'s"}},
		{"NATO&rsquo;s", []string{"NATO", "'s"}},
		{"'s n't", []string{"'s", "n't"}},
		{"y'all o’clock rock’n’roll", []string{"y'all", "o'clock", "rock'n'roll"}},
		// prose drops the rest of a run that starts with a contraction
		{"it's.", []string{"it"}},
		{"don't.", []string{"do"}},
		{"can't,", []string{"ca"}},
		{"(he's)", []string{"(", "he"}},
		{"'sup 'members", nil},
		// quotes, brackets, money
		{"“Hello,” she said.", []string{`"`, "Hello", ",", `"`, "she", "said", "."}},
		{"(“Really?”)", []string{"(", `"`, "Really", "?", `"`, ")"}},
		{`"$5.00" [a].`, []string{`"`, "$", "5.00", `"`, "[", "a", "]", "."}},
		{"‘scare quotes’", []string{"quotes", "'"}}, // "'scare" starts with 's
		// abbreviations kept whole
		{"U.S. (U.S.) e.g. i.e., Mr. Gen. St.", []string{"U.S.", "(", "U.S.", ")", "e.g.", "i.e.", ",", "Mr.", "Gen.", "St."}},
		{"MR. Sept. Prof.", []string{"MR", ".", "Sept", ".", "Prof", "."}},
		{"U.S.-led", []string{"U.S.-led"}},
		// emoticons
		{":) :-), (8-) \"(: ¯\\(ツ)/¯", []string{":", ")", ":-)", ",", "(", "8-)", `"`, "(:", `¯\(ツ)/¯`}},
		// ellipses and hyphens
		{"well... ...and -- x", []string{"well", ".", ".", ".", "...and", "--", "x"}},
		{"one-size-fits-all", []string{"one-size-fits-all"}},
		// URLs, e-mail, times, entities
		{"http://x.com/a?b=c. a@b.com, 3:30 &amp;", []string{"http://x.com/a?b=c", ".", "a@b.com", ",", "3:30", "&amp", ";"}},
		// lower-casing that changes byte lengths moves prose's cut
		{"İİİ'sss", []string{"İ\xc4", "\xb0İ'", "sss"}},
		{"\xff'sa", []string{"\xff's", "a"}},
	}
	for _, c := range cases {
		toks := tz.appendTokens(nil, c.in, 0, len(c.in))
		checkTokenSpans(t, fmt.Sprintf("%q", c.in), c.in, 0, len(c.in), toks)
		got := tokTexts(toks)
		if d := tokDiff(got, c.want); d != "" {
			t.Errorf("%q: %s", c.in, d)
		}
		if ref, _ := proseTokens(c.in); tokDiff(ref, c.want) != "" {
			t.Errorf("%q: the table is wrong: prose gives %q", c.in, ref)
		}
	}
}

// TestTokenizeSpans checks offsets where prose rewrites characters, and
// tokenizing a part of a larger text.
func TestTokenizeSpans(t *testing.T) {
	tz := newTokenizer()
	text := "xx “Putin’s view” NATO&rsquo;s yy"
	toks := tz.appendTokens(nil, text, 3, len(text)-3)
	type span struct {
		text, orig string
	}
	want := []span{{`"`, "“"}, {"Putin", "Putin"}, {"'s", "’s"}, {"view", "view"}, {`"`, "”"}, {"NATO", "NATO"}, {"'s", "&rsquo;s"}}
	if len(toks) != len(want) {
		t.Fatalf("got %q, want %d tokens", tokTexts(toks), len(want))
	}
	for i, w := range want {
		if toks[i].text != w.text || text[toks[i].start:toks[i].end] != w.orig {
			t.Errorf("token %d: got %q from %q, want %q from %q", i, toks[i].text, text[toks[i].start:toks[i].end], w.text, w.orig)
		}
	}
	// Appending keeps what was there.
	more := tz.appendTokens(toks[:1:1], "a b", 0, 3)
	if got := tokTexts(more); strings.Join(got, "|") != `"|a|b` {
		t.Errorf("append: got %q", got)
	}
}

// TestTokenizeMatchesProse requires exactly prose's tokens on every text
// of the corpus, whole and paragraph by paragraph (as the engine calls it).
func TestTokenizeMatchesProse(t *testing.T) {
	tz := newTokenizer()
	names, texts := tokCorpus(t)
	var total, paras int
	for _, name := range names {
		text := texts[name]
		total += compareTokens(t, name, text, tz)
		if !strings.Contains(text, "\n\n") {
			continue
		}
		// Paragraphs, as spans of the whole text.
		pos := 0
		for _, p := range strings.Split(text, "\n\n") {
			start, end := pos, pos+len(p)
			pos = end + 2
			want, _ := proseTokens(p)
			toks := tz.appendTokens(nil, text, start, end)
			checkTokenSpans(t, name, text, start, end, toks)
			if d := tokDiff(tokTexts(toks), want); d != "" {
				t.Errorf("%s, paragraph at %d: %s", name, start, d)
			}
			paras++
		}
	}
	t.Logf("%d texts, %d paragraphs, %d tokens equal to prose's", len(names), paras, total)
}

// tokFragments are the pieces random texts are made of: everything prose
// treats specially, side by side with its neighbours.
var tokFragments = []string{
	" ", " ", " ", "\n", "\n\n", "\t", "\u00a0", "\u2009", "\u3000",
	"a", "b", "Z", "word", "Word", "WORD", "x", "o", "v", "8", "0", "42", "3.5",
	"'", "’", "‘", "“", "”", `"`, "&rsquo;", "&", "&rsquo", "`",
	"'s", "'S", "’s", "'ll", "'LL", "'re", "'m", "'M", "n't", "N'T", "n’t", "nt", "n",
	"$", "(", ")", "[", "]", "{", "}", ".", ",", "!", "?", ";", ":", "-", "--", "_", "/", "\\", "@", "^", "=",
	"...", "..", "U.S.", "e.g.", "Mr.", "Gen.", "Sept.", "A.", "a.b.c.",
	":-)", ":)", "(:", "8-)", ":P", "xD", "O.o", "(-_-)", "¯\\(ツ)/¯", "(╯°□°）╯︵┻━┻",
	"é", "É", "ß", "İ", "\u212a", "ﬁ", "Σ", "ǅ", "\u0130'", "\xff", "\xe2\x80", "\xe2", "\xc4", "\u00b0", "\ufffd", "ಠ",
	"http://x.co/a?b=1.", "a@b.com",
}

// TestTokenizeRandomMatchesProse compares random texts built from
// tokFragments. Texts prose panics on (see tokenizer) are counted, not
// compared.
func TestTokenizeRandomMatchesProse(t *testing.T) {
	tz := newTokenizer()
	rng := rand.New(rand.NewSource(1))
	var b strings.Builder
	n, panics := 20000, 0
	for i := 0; i < n; i++ {
		b.Reset()
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(tokFragments[rng.Intn(len(tokFragments))])
		}
		s := b.String()
		want, ok := proseTokens(s)
		toks := tz.appendTokens(nil, s, 0, len(s))
		checkTokenSpans(t, fmt.Sprintf("%q", s), s, 0, len(s), toks)
		if !ok {
			panics++
			continue
		}
		if d := tokDiff(tokTexts(toks), want); d != "" {
			t.Fatalf("%q: %s", s, d)
		}
	}
	t.Logf("%d random texts equal to prose's tokens; prose panicked on %d others", n-panics, panics)
}

// FuzzTokenize compares with prose on any input, and checks the spans.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"it's.", "“Hello,” she said.", "İİİ'sss", "U.S. :-) $5", "NATO&rsquo;s", "\xff'sa"} {
		f.Add(s)
	}
	tz := newTokenizer()
	f.Fuzz(func(t *testing.T, s string) {
		toks := tz.appendTokens(nil, s, 0, len(s))
		checkTokenSpans(t, "fuzz", s, 0, len(s), toks)
		want, ok := proseTokens(s)
		if !ok {
			return
		}
		if d := tokDiff(tokTexts(toks), want); d != "" {
			t.Fatalf("%q: %s", s, d)
		}
	})
}

// TestTokenizeAllocs: tokens of unchanged text are substrings of it.
func TestTokenizeAllocs(t *testing.T) {
	tz := newTokenizer()
	plain := "The Russian leader said, \"NATO (as a bloc) can't do it.\" U.S. officials didn't agree :-) ..."
	out := make([]token, 0, 64)
	if n := testing.AllocsPerRun(100, func() { out = tz.appendTokens(out[:0], plain, 0, len(plain)) }); n != 0 {
		t.Errorf("plain text: %v allocations per call, want 0", n)
	}
	// One run with curly quotes costs one string.
	curly := "He said “it’s” and ‘no’ twice"
	if n := testing.AllocsPerRun(100, func() { out = tz.appendTokens(out[:0], curly, 0, len(curly)) }); n != 2 {
		t.Errorf("curly quotes: %v allocations per call, want 2 (one per rewritten run)", n)
	}
}
