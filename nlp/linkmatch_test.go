package nlp

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// prose's link and e-mail patterns (from mingrammer/commonregex), which
// containsLink and containsEmail replace.
var (
	linkRegexp  = regexp.MustCompile(`(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`)
	emailRegexp = regexp.MustCompile(`(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`)
)

// checkLinkMatchers compares the matchers, and linkOrEmail, with the
// patterns on s.
func checkLinkMatchers(t *testing.T, s string) {
	t.Helper()
	link, email := linkRegexp.MatchString(s), emailRegexp.MatchString(s)
	if got := containsLink(s); got != link {
		t.Errorf("containsLink(%q) = %v, want %v", s, got, link)
	}
	if got := containsEmail(s); got != email {
		t.Errorf("containsEmail(%q) = %v, want %v", s, got, email)
	}
	if got := linkOrEmail(s); got != (link || email) {
		t.Errorf("linkOrEmail(%q) = %v, want %v", s, got, link || email)
	}
}

var linkMatcherCases = []string{
	"http://example.com", "https://www.example.com/a/b?c=d", "example.com", "www.example.com", "a.b", "a.bc",
	"a.b.", "a.b!", "a..b", "..ab", "A.COM", "a.COM", "x.c)", "x.(c)", "x.a(b)", "x.a(b", "x.a()", "x.a(()", "x.a((b))",
	"x.a((b)c)", "x.a(b(c)d)", "x.(a(b)c)d", "x.(a)(b)", "x.((b))c", "x.(()", "x.(b)", "x.()a", "x.()",
	"x.a<b", "x.a>b", "x.a b", "x.a\tb", "x.a\vb", "x.é", "x.aé", "x.a\xff", "x.\xffa", "-.ab", "0.12", "1.5",
	"U.S.", "e.g.", "i.e.,", "Mr.", "a.m.", "p.m", "etc.", "...", "a.!!", "a.b;", "a.[b]", "a.{b}", "a.'b'", `a."b"`,
	"jane@example.com", "jane.doe@mail.example.co.uk", "JANE@EXAMPLE.COM", "a@b.c", "a@b.", "a@.c", "a@b-.c",
	"a@-b.c", "a@b-c.d", "a@b--c.d", "@b.c", "a@@b.c", "a@b@c.d", "!@b.c", "é@b.c", "a@é.c", "a@b.é", "a@b.-",
	"\u212a@b.c", "a@\u212a.c", "a@b.\u212a", "\u017f@\u017f.\u017f", "a@b.c.", "a@b..c", "a @b.c", "a@ b.c",
	"@username", "@a.b", "a@b", "a.b@c",
}

func TestLinkMatchCases(t *testing.T) {
	for _, s := range linkMatcherCases {
		checkLinkMatchers(t, s)
	}
	for _, s := range edgeStrings {
		checkLinkMatchers(t, s)
		checkLinkMatchers(t, "a."+s+"b")
		checkLinkMatchers(t, "a.b"+s)
		checkLinkMatchers(t, "a.("+s+")")
		checkLinkMatchers(t, "a"+s+"@b.c")
		checkLinkMatchers(t, "a@b"+s+".c")
		checkLinkMatchers(t, "a@b."+s)
	}
}

func TestLinkMatchCorpus(t *testing.T) {
	for _, s := range matcherCorpus(t) {
		checkLinkMatchers(t, s)
	}
}

var linkAlphabet = []string{
	"a", "z", "0", "9", ".", ".", "-", "http://", "www", "(", ")", "(", ")", "<", ">", " ", "\t", "\v", "!", "?", "[", "]",
	"{", "}", ";", ":", "'", "\"", ",", "é", "\xff", "/", "A", "Z", "_", "@", "K", "ſ", "k", "#", "+", "~",
}

// randomLinks makes n strings shaped like links and addresses, the same
// on every run, each perhaps a little changed.
func randomLinks(seed int64, n int) []string {
	slots := [][]string{
		{"", "", "http://", "https://", "x", "<", "("},
		{"a", "www", "ab-c", "A", "é", ".", "-", "", "jane", "j.doe", "!", "\u212a"},
		{".", ".", "@", "@", "..", ""},
		{"com", "b", "(b)", "((b))", "(b(c)d)", "()", "(", ")", "b-c", "-b", "b-", "\u017f", "é", "!", "[b]"},
		{"", "", ".", ".c", ".co.uk", ".(x)", ")", "(x)", "x(", "/a/b?c=d", ".-", "é"},
		{"", "", ".", "!", ")", " ", "'", "\xff"},
	}
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for _, slot := range slots {
			b.WriteString(slot[rng.Intn(len(slot))])
		}
		out[i] = b.String()
		if rng.Intn(2) == 0 {
			out[i] = mutate(rng, out[i], linkAlphabet)
		}
	}
	return out
}

func TestLinkMatchRandom(t *testing.T) {
	for _, s := range randomStrings(20, 50000, 12, linkAlphabet) {
		checkLinkMatchers(t, s)
	}
	for _, s := range randomLinks(21, 50000) {
		checkLinkMatchers(t, s)
	}
}

// TestLinkMatchLinear runs the matchers on long runs of dots, hosts,
// parentheses and at signs.
func TestLinkMatchLinear(t *testing.T) {
	for _, unit := range []string{".", "a.", "(", "a.(b", "(b)", "a@", "@a", "b-", "a.!", "a.((b)"} {
		for _, prefix := range []string{"", "a.(", "a@"} {
			long := prefix + strings.Repeat(unit, 1<<20/len(unit))
			mustFinishQuickly(t, "the link matchers on "+prefix+unit+"…", func() {
				containsLink(long)
				containsEmail(long)
			})
			checkLinkMatchers(t, long[:200_000])
			checkLinkMatchers(t, long[:200_000]+")")
		}
	}
}

func FuzzLinkMatch(f *testing.F) {
	for _, s := range linkMatcherCases {
		f.Add(s)
	}
	for _, s := range randomLinks(22, 200) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLinkMatchers(t, s) })
}
