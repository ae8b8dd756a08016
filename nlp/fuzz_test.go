package nlp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The engine takes whatever a reader pastes. These targets feed it the
// real articles and nastier text, mutated; `make fuzz` runs each for
// FUZZTIME, `go test` runs the seeds. A crasher goes to
// testdata/fuzz/<target>/ and stays there as a regression test.

// nastySeeds are short texts that have broken text pipelines before:
// marks without partners, scripts and invisible characters, control bytes
// and broken encodings, markup pasted as text.
var nastySeeds = []string{
	"",
	" \n\t\r\n\u00a0\u200b\ufeff",
	"\"",
	"“”‘’\"'",
	"\"\"\"\"\"\"",
	"He said \"she said \u2018they said \"no\" today\u2019 then\" and left.",
	"“Open “open “open ‘inner ‘inner” close”",
	"”Backwards“ quote ’marks‘.",
	"Dr. A. B. C. Smith Jr. said: \"U.S.A.\".",
	"مرحبا بالعالم. قال الرئيس \"نعم\" اليوم.",
	"שלום עולם. הוא אמר \"כן\".",
	"Hello \u202eevil\u202c text. \u200f\u200e",
	"Emoji 👩‍👩‍👧‍👦 and flags 🇺🇦🇷🇺 said \"🙂\" today. 🙂🙂🙂",
	"Combining: e\u0301\u0301\u0301 Z\u0336\u0335a\u0334l\u0337g\u0338o said \"n\u0303o\".",
	"zero\u200bwidth\u200cjoin\u200dnon\u2060word\ufeff. Said \"x\u200b\".",
	"NUL\x00in\x00the\x00middle. \"Quote\x00\" he said.",
	"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f\x10\x7f",
	"bad \xff\xfe UTF-8 \xc3\x28 and \xe2\x80 truncated \xf0\x9f\x98",
	"\xe2\x80\x9c\xe2\x80",
	"Paris, 2 juin (AFP) — Le président a déclaré « non » à la réforme.",
	"北京，6月2日 — 习近平说：“我们会合作。”",
	"Москва, 2 июня /ТАСС/. Президент заявил: «Нет».",
	"<html><body><script>alert(1)</script><p>Hello, \"world\".</p></body></html>",
	"# Heading\n\n*Emphasis* and [a link](http://x) said **bold**.\n\n- item\n- item",
	"a\n\nb\n\nc\n\nd\n\ne",
	"\n\n\n\nLONE LINE\n\n\n\n",
	"ST.PETERSBURG, June 2 / TASS /. \"He said\", said he.",
	"By\n\nBy By By\n\nJune 2, 2017\n\nJune 2",
	"(((((([[[[{{{{ unbalanced \"brackets",
	"word " + "x",
	"...... ?!?!?! ;;;; ---- —— …… ",
	"A.B.C.D.E.F.G.H.I.J.K.L.M.N.O.P.",
	"\r\r\r\rold mac line endings\rsecond\r\rthird",
}

// fuzzSeeds adds the real articles and the nasty texts.
func fuzzSeeds(f *testing.F) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil || len(files) == 0 {
		f.Fatalf("no articles in testdata (err %v)", err)
	}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(b))
	}
	for _, s := range nastySeeds {
		f.Add(s)
	}
}

// FuzzAnalyze: Analyze gives an Analysis that keeps the invariants, or an
// *Error for the input's fault; never a panic (which Analyze turns into
// CodeInternal) and never another error.
func FuzzAnalyze(f *testing.F) {
	fuzzSeeds(f)
	eng := engine(f)
	f.Fuzz(func(t *testing.T, text string) {
		a, err := eng.Analyze(text, Options{})
		checkAnalyzeResult(t, text, a, err)
	})
}

// checkAnalyzeResult checks one result of Analyze(text) against what
// normalize says of text.
func checkAnalyzeResult(t *testing.T, text string, a *schema.Analysis, err error) {
	t.Helper()
	analyzed, repairs, nerr := normalize(text)
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("error %v is not an *nlp.Error", err)
		}
		if e.Code == CodeInternal {
			t.Fatalf("internal error (a panic) on %q: %s", clip(text), e.Message)
		}
		var ne *Error
		if !errors.As(nerr, &ne) || ne.Code != e.Code {
			t.Fatalf("Analyze failed with %q (%s) but normalize gave %v", e.Code, e.Message, nerr)
		}
		return
	}
	if nerr != nil {
		t.Fatalf("Analyze succeeded where normalize failed: %v", nerr)
	}
	if !utf8.ValidString(analyzed) {
		t.Fatal("the analyzed text is not valid UTF-8")
	}
	if len(a.Repairs) != len(repairs) || (analyzed != text) != (len(repairs) > 0) {
		t.Errorf("repairs %v, but the analyzed text differs from the input: %v", a.Repairs, analyzed != text)
	}
	checkInvariants(t, analyzed, a)
}

// FuzzStructure: the blocks lie in the text, in order, trimmed and
// non-empty; each block's running text starts inside it; the dateline
// lies in its block.
func FuzzStructure(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		text, _, err := normalize(text)
		if err != nil {
			return
		}
		checkStructure(t, parseStructure(text))
	})
}

func checkStructure(t *testing.T, doc *document) {
	t.Helper()
	text := doc.text
	prev := 0
	for i, b := range doc.blocks {
		if b.start < prev || b.end <= b.start || b.end > len(text) {
			t.Fatalf("block %d: %d..%d after %d in %d bytes", i, b.start, b.end, prev, len(text))
		}
		if s, e := trimSpan(text, b.start, b.end); s != b.start || e != b.end {
			t.Errorf("block %d: %q is not trimmed", i, text[b.start:b.end])
		}
		if b.textStart < b.start || b.textStart > b.end {
			t.Errorf("block %d: running text starts at %d, outside %d..%d", i, b.textStart, b.start, b.end)
		}
		if !utf8.RuneStart(text[b.start]) || (b.end < len(text) && !utf8.RuneStart(text[b.end])) {
			t.Errorf("block %d: %d..%d cuts a character", i, b.start, b.end)
		}
		switch b.kind {
		case schema.ParagraphKicker, schema.ParagraphHeadline, schema.ParagraphStandfirst,
			schema.ParagraphByline, schema.ParagraphDateline, schema.ParagraphBody:
		default:
			t.Errorf("block %d: unknown kind %q", i, b.kind)
		}
		prev = b.end
	}
	if d := doc.dateline; d != nil {
		if d.block < 0 || d.block >= len(doc.blocks) {
			t.Fatalf("dateline in block %d of %d", d.block, len(doc.blocks))
		}
		b := doc.blocks[d.block]
		if d.start < b.start || d.end < d.start || d.end > b.end {
			t.Errorf("dateline %d..%d outside its block %d..%d", d.start, d.end, b.start, b.end)
		}
	}
}

// FuzzQuoteScan: every stretch in quotation marks lies in a running-text
// block after that block's dateline, opens with a quotation mark, and
// holds its words between the marks; the stretches come in text order
// without overlapping.
func FuzzQuoteScan(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, text string) {
		text, _, err := normalize(text)
		if err != nil {
			return
		}
		doc := parseStructure(text)
		prevEnd := 0
		for i, q := range scanQuotes(doc) {
			if q.block < 0 || q.block >= len(doc.blocks) {
				t.Fatalf("quote %d in block %d of %d", i, q.block, len(doc.blocks))
			}
			b := doc.blocks[q.block]
			if q.open < b.textStart || q.open < prevEnd || q.closeEnd > b.end {
				t.Fatalf("quote %d: marks %d..%d outside block text %d..%d or before %d", i, q.open, q.closeEnd, b.textStart, b.end, prevEnd)
			}
			if r, _ := utf8.DecodeRuneInString(text[q.open:]); !isQuoteMark(string(r)) {
				t.Errorf("quote %d opens with %q, not a quotation mark", i, r)
			}
			if !(q.open < q.start && q.start < q.end && q.end <= q.closeEnd) {
				t.Errorf("quote %d: open %d, words %d..%d, close end %d out of order", i, q.open, q.start, q.end, q.closeEnd)
			}
			if s, e := trimSpan(text, q.start, q.end); s != q.start || e != q.end {
				t.Errorf("quote %d: %q is not trimmed", i, text[q.start:q.end])
			}
			if q.closed != (q.closeEnd > q.end && q.closeEnd <= b.end && isQuoteMark(lastRune(text[:q.closeEnd]))) {
				t.Errorf("quote %d: closed = %v, but it ends %q", i, q.closed, text[q.end:q.closeEnd])
			}
			prevEnd = q.closeEnd
		}
	})
}

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// clip shortens a text for a failure message.
func clip(s string) string {
	if len(s) > 200 {
		return strings.ToValidUTF8(s[:200], "") + "..."
	}
	return s
}
