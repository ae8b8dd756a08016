package nlp

import (
	"errors"
	"math/rand"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// badInput is a text a reader might paste, by accident or to see what
// happens, and what the engine must make of it: an Analysis (code "")
// or an *Error with the code. check, when set, says more.
type badInput struct {
	name  string
	text  string
	code  string
	check func(t *testing.T, text string, a *schema.Analysis)
}

// hangLimit only catches hangs: a case that takes this long is stuck, not
// slow (each finishes in well under a second natively).
const hangLimit = 60 * time.Second

// TestBadInput: every bad input gets an Analysis that keeps the
// invariants or a specific error, never a panic or a hang.
func TestBadInput(t *testing.T) {
	eng := engine(t)
	for _, c := range badInputs(t) {
		t.Run(c.name, func(t *testing.T) {
			a, err := analyzeOrHang(t, eng, c.text)
			checkAnalyzeResult(t, c.text, a, err)
			var e *Error
			switch {
			case c.code == "" && err != nil:
				t.Fatalf("error %v, want an Analysis", err)
			case c.code != "" && (!errors.As(err, &e) || e.Code != c.code):
				t.Fatalf("got %v (analysis %v), want error code %q", err, a != nil, c.code)
			}
			if c.check != nil {
				if err != nil {
					c.check(t, err.Error(), nil)
				} else {
					c.check(t, c.text, a)
				}
			}
		})
	}
}

// analyzeOrHang runs Analyze, failing the test if it does not return
// within hangLimit.
func analyzeOrHang(t *testing.T, eng *Engine, text string) (*schema.Analysis, error) {
	t.Helper()
	type result struct {
		a   *schema.Analysis
		err error
	}
	done := make(chan result, 1)
	go func() {
		a, err := eng.Analyze(text, Options{})
		done <- result{a, err}
	}()
	select {
	case r := <-done:
		return r.a, r.err
	case <-time.After(hangLimit):
		t.Fatalf("Analyze did not return within %v on %d bytes", hangLimit, len(text))
		return nil, nil
	}
}

func badInputs(t *testing.T) []badInput {
	article := readTestdata(t, "tass-putin-nato.txt")
	rng := rand.New(rand.NewSource(8))
	random := make([]byte, 64<<10)
	rng.Read(random)
	png := "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + string(random)

	return []badInput{
		{name: "empty", text: "", code: CodeEmpty},
		{name: "white space only", text: " \t\r\n\n\u00a0\u2003\u200b\ufeff\u3000 ", code: CodeEmpty},
		{name: "NULs only", text: "\x00\x00\x00", code: CodeEmpty},
		{name: "over the size limit", text: strings.Repeat(article, MaxInputBytes/len(article)+250), code: CodeTooLarge,
			check: messageSays("the text is 5.6 MB", "5 MB limit")},
		{name: "one byte over the limit", text: strings.Repeat("a", MaxInputBytes+1), code: CodeTooLarge,
			check: messageSays("5.0 MB (5242881 bytes)", "5 MB limit (5242880 bytes)")},
		{name: "invalid UTF-8", text: strings.Replace(article, "NATO", "NA\xffTO\xc3\x28", 1), check: func(t *testing.T, _ string, a *schema.Analysis) {
			wantRepair(t, a, schema.RepairInvalidUTF8, 2)
		}},
		{name: "truncated UTF-8 at the end", text: article + "\xe2\x80", check: func(t *testing.T, _ string, a *schema.Analysis) {
			wantRepair(t, a, schema.RepairInvalidUTF8, 2)
		}},
		{name: "Latin-1 article", text: latin1("Le président a déclaré à Genève qu'il était prêt. \"Ce n'est pas fini\", a-t-il ajouté.\n\n"), check: func(t *testing.T, _ string, a *schema.Analysis) {
			wantRepair(t, a, schema.RepairInvalidUTF8, 8) // é×5, à, è, ê
		}},
		{name: "binary data", text: png, code: CodeBinary, check: messageSays("binary data", "control characters")},
		{name: "UTF-16 text", text: utf16LE(article), code: CodeBinary, check: messageSays("binary data")},
		{name: "legacy Cyrillic encoding", text: koi8Like("Москва, 2 июня. Президент России заявил, что НАТО не сотрудничает.\n"), code: CodeBinary,
			check: messageSays("not UTF-8")},
		{name: "a few NUL bytes", text: strings.Replace(article, "NATO", "NA\x00TO\x00", 2), check: func(t *testing.T, text string, a *schema.Analysis) {
			wantRepair(t, a, schema.RepairControlCharacters, 4)
			if a.Stats.Characters == 0 || len(a.Entities) == 0 {
				t.Error("the article around the NULs was not analyzed")
			}
		}},
		{name: "terminal escapes", text: "\x1b[1mBREAKING\x1b[0m\n\n" + article, check: func(t *testing.T, _ string, a *schema.Analysis) {
			wantRepair(t, a, schema.RepairControlCharacters, 2)
		}},
		{name: "100 KB sentence without punctuation", text: wordsWithout(rng, 100<<10), check: func(t *testing.T, _ string, a *schema.Analysis) {
			if len(a.Sentences) == 0 {
				t.Error("no sentence")
			}
		}},
		{name: "100 KB word", text: strings.Repeat("x", 100<<10), check: wantParagraphs(1)},
		{name: "10,000 tiny paragraphs", text: strings.Repeat("Yes.\n\n", 10000), check: wantParagraphs(10000)},
		{name: "10,000 lines without blank lines", text: strings.Repeat("He said no\n", 10000), check: wantParagraphs(10000)},
		{name: "deeply nested quotation marks", text: "He said " + strings.Repeat("“she said ‘they said ", 2000) + "no" + strings.Repeat("’ today” ", 2000) + ".", check: wantParagraphs(1)},
		{name: "unbalanced opening marks", text: strings.Repeat("“Open ", 20000) + "said Putin.", check: wantParagraphs(1)},
		{name: "unbalanced closing marks", text: strings.Repeat("close” ", 20000) + "said Putin.", check: wantParagraphs(1)},
		{name: "one name 80,000 times", text: strings.Repeat("Vladimir Putin met Putin. ", 20000), check: wantParagraphs(1)},
		{name: "a name and a pronoun 40,000 times", text: strings.Repeat("Putin said. He said. ", 20000), check: wantParagraphs(1)},
		{name: "straight quotes only", text: strings.Repeat("\"", 50000), check: wantParagraphs(1)},
		{name: "right-to-left text", text: "الرئيس يتحدث\n\nقال الرئيس \"نعم\" اليوم في موسكو. وأضاف أن الحلف لا يتعاون.\n\nשלום. הוא אמר \"כן\".", check: wantLanguage("und")},
		{name: "bidi overrides", text: "Putin said \u202e\"OTAN\"\u202c today in \u2067Moscow\u2069.\n\n" + article},
		{name: "emoji", text: "🔥🔥 Putin 👩‍👩‍👧‍👦 said \"🙂 NATO 🇺🇦\" today. " + strings.Repeat("🙂", 5000)},
		{name: "combining marks", text: "Pu\u0301\u0301\u0301tin sa\u0336\u0335\u0334id \"no\u0303\u0303\" to\u0338da\u0337y. " + strings.Repeat("e\u0301\u0302\u0303\u0304", 5000)},
		{name: "zero-width characters", text: "Pu\u200btin\u200c said\u200d \"NA\u2060TO\ufeff is\u200b wrong\".\n\n" + strings.Repeat("\u200b\u200c\u200d", 5000) + "\n\n" + article},
		{name: "French", text: "Le président a parlé\n\nPARIS, 2 juin (AFP) — Le président a déclaré « non » à la réforme, selon ses conseillers. « Nous ne céderons pas », a-t-il dit.", check: wantLanguage("und")},
		{name: "Russian", text: "Путин заявил о неготовности НАТО\n\nСАНКТ-ПЕТЕРБУРГ, 2 июня. /ТАСС/. Президент России заявил: «НАТО не сотрудничает». Он добавил, что это мешает.", check: wantLanguage("und")},
		{name: "Chinese", text: "习近平会见普京\n\n北京，6月2日 — 习近平说：“我们会合作。”他表示，两国关系很好。", check: wantLanguage("und")},
		{name: "pasted HTML", text: "<!DOCTYPE html><html><head><style>p{color:red}</style><script>alert(\"x\")</script></head><body><h1>Putin warns NATO</h1><p>ST.PETERSBURG, June 2 / TASS /. &quot;No&quot;, said Putin.</p></body></html>"},
		{name: "pasted Markdown", text: "# Putin warns NATO\n\n**ST.PETERSBURG**, June 2 — \"No,\" said [Putin](http://kremlin.ru).\n\n- one\n- two\n\n```\ncode\n```"},
		{name: "Windows and old Mac line endings", text: strings.ReplaceAll(article, "\n", "\r\n") + "\r\rOld Mac line.\rAnother."},
		{name: "punctuation only", text: strings.Repeat("...?!;:—–-()[]{} ", 3000), check: wantParagraphs(1)},
		{name: "digits only", text: strings.Repeat("1234567890 ", 5000), check: wantParagraphs(1)},
	}
}

func messageSays(parts ...string) func(*testing.T, string, *schema.Analysis) {
	return func(t *testing.T, message string, _ *schema.Analysis) {
		for _, p := range parts {
			if !strings.Contains(message, p) {
				t.Errorf("message %q does not say %q", message, p)
			}
		}
	}
}

func wantRepair(t *testing.T, a *schema.Analysis, kind string, count int) {
	t.Helper()
	for _, r := range a.Repairs {
		if r.Kind == kind {
			if r.Count != count || r.Message == "" {
				t.Errorf("repair %s: count %d, message %q; want count %d and a message", kind, r.Count, r.Message, count)
			}
			return
		}
	}
	t.Errorf("repairs %+v: no %s", a.Repairs, kind)
}

func wantParagraphs(n int) func(*testing.T, string, *schema.Analysis) {
	return func(t *testing.T, _ string, a *schema.Analysis) {
		if len(a.Paragraphs) != n {
			t.Errorf("%d paragraphs, want %d", len(a.Paragraphs), n)
		}
	}
}

func wantLanguage(code string) func(*testing.T, string, *schema.Analysis) {
	return func(t *testing.T, _ string, a *schema.Analysis) {
		if a.Language.Code != code || (code != "en" && a.Language.Warning == "") {
			t.Errorf("language %+v, want %s with a warning", a.Language, code)
		}
	}
}

// latin1 encodes s (Latin-1 characters only) in ISO 8859-1, as an old
// file or a misconfigured export would.
func latin1(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		b = append(b, byte(r))
	}
	return string(b)
}

// koi8Like writes each Cyrillic letter as one byte from 0xC0 up, the way
// the legacy 8-bit Cyrillic encodings do (not KOI8-R's exact table: the
// engine only sees bytes that are not UTF-8).
func koi8Like(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r >= 'А' && r <= 'я' {
			b = append(b, byte(0xC0+(r-'А')%64))
		} else if r < 0x80 {
			b = append(b, byte(r))
		}
	}
	return string(b)
}

// utf16LE is s encoded in UTF-16, little-endian with a byte-order mark,
// as Windows tools save "Unicode" text.
func utf16LE(s string) string {
	units := utf16.Encode([]rune("\ufeff" + s))
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		b = append(b, byte(u), byte(u>>8))
	}
	return string(b)
}

// wordsWithout is n bytes of lower-case words with no punctuation: a
// "sentence" with nowhere to break.
func wordsWithout(rng *rand.Rand, n int) string {
	words := []string{"the", "president", "said", "that", "alliance", "would", "not", "cooperate", "on", "terror"}
	var sb strings.Builder
	for sb.Len() < n {
		sb.WriteString(words[rng.Intn(len(words))])
		sb.WriteByte(' ')
	}
	return sb.String()
}
