package nlp

import (
	"math/rand"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The dateline patterns matchDateline replaces, in the order of
// datelineForms.
var (
	datelineMonthsPattern = `(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t|tember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)`
	datelinePlacePattern  = `(\p{Lu}[\p{Lu}\.'’\- ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}\.]*(?:\s\p{Lu}[\p{L}\.]*)?)?)`
	datelineDatePattern   = `(` + datelineMonthsPattern + `\.?\s+\d{1,2}(?:,\s*\d{4})?)`
	datelineAgencyPattern = `(\p{Lu}[\p{L}\-&]*(?:\s\p{Lu}[\p{L}\-&]*){0,3})`
	datelineDashPattern   = `\s*(?:-{1,2}|–|—)\s*`
	datelineRegexps       = []*regexp.Regexp{
		regexp.MustCompile(`^` + datelinePlacePattern + `,\s*` + datelineDatePattern + `\s*/\s*` + datelineAgencyPattern + `\s*/`),
		regexp.MustCompile(`^` + datelinePlacePattern + `(?:,\s*` + datelineDatePattern + `)?\s*\(\s*` + datelineAgencyPattern + `\s*\)` + datelineDashPattern),
		regexp.MustCompile(`^` + datelinePlacePattern + `(?:,\s*` + datelineDatePattern + `)?` + datelineDashPattern),
	}
)

// datelineAsSubmatches is m as regexp's FindStringSubmatchIndex gives it.
func datelineAsSubmatches(m datelineMatch, ok bool, form datelineForm) []int {
	if !ok {
		return nil
	}
	out := []int{0, m.end, 0, m.placeEnd, m.dateStart, m.dateEnd}
	if form != dashOnly {
		out = append(out, m.agencyStart, m.agencyEnd)
	}
	return out
}

// checkDateline compares matchDateline with the patterns on s.
func checkDateline(t *testing.T, s string) {
	t.Helper()
	for fi, form := range datelineForms {
		want := datelineRegexps[fi].FindStringSubmatchIndex(s)
		m, ok := matchDateline(s, form)
		got := datelineAsSubmatches(m, ok, form)
		if !slices.Equal(got, want) {
			t.Errorf("form %d on %q: got %v, want %v", fi, s, got, want)
		}
	}
}

// datelineCases are datelines and near misses: every part present,
// absent, doubled or cut short.
var datelineCases = []string{
	"ST.PETERSBURG, June 2 / TASS / The lack of instruments",
	"LONDON, March 3 (Reuters) - The prime minister resigned.",
	"WASHINGTON (AP) — Congress passed the bill.",
	"NEW YORK — Stocks fell sharply.",
	"RIO DE JANEIRO, Brazil, Jan. 5, 2020 (AFP) - Rain fell.",
	"PARIS, Texas, June 2 / TASS /", "PARIS, June 2 / TASS /", "PARIS, Texas —", "PARIS, New Mexico Territory —",
	"PARIS, Texas (AP) -- x", "PARIS, Texas, June 2 -- x", "PARIS, June 2, 2020 — x", "PARIS, June 2, 20201 — x",
	"PARIS, Jan.. 5 — x", "PARIS, Jan.5 — x", "PARIS, January 15 — x", "PARIS, Sept. 1 — x", "PARIS, Sep 1 — x",
	"PARIS, June 123 — x", "PARIS, June — x", "PARIS, june 2 — x", "PARIS,June 2/TASS/", "PARIS , June 2 — x",
	"NEW YORK - THE PRESIDENT SAID", "NEW YORK - ", "NEW YORK -", "NEW YORK ---", "NEW YORK –x", "NEW YORK—x",
	"A B C D E F (AP) — x", "A-B (AP) - x", "A.B. (AP) - x", "U.S. (AP) - x", "O’HARE — x", "O'HARE — x",
	"ÉVRY — x", "ÎLE-DE-FRANCE, France — x", "MÜNCHEN (dpa) — x", "Paris — x", "P — x", "PA — x", "PA. — x",
	"WASHINGTON ( AP ) — x", "WASHINGTON (Agence France Presse Wire Service) — x",
	"WASHINGTON (Agence France Presse Wire) — x", "WASHINGTON (AT&T-News) — x", "WASHINGTON (ap) — x",
	"WASHINGTON (AP — x", "WASHINGTON AP) — x", "WASHINGTON (AP)x", "WASHINGTON / TASS /",
	"MOSCOW, June 2 /TASS/", "MOSCOW, June 2 / TASS Agency News /", "MOSCOW, June 2 / TASS", "MOSCOW, June 2 / tass /",
	"MOSCOW, Moscow Oblast, June 2 / TASS /", "MOSCOW, Moscow Oblast Region, June 2 / TASS /",
	"MOSCOW,\tJune\t2\t/\tTASS\t/", "MOSCOW,\vJune 2 / TASS /", "MOSCOW\u00a0— x", "MOSCOW \u2014\u00a0x",
	"MOSCOW — — x", "MOSCOW -- -- x", "MOSCOW, — x", "MOSCOW, , June 2 — x",
	"ST. PETERSBURG — x", "ST.PETERSBURG. — x", "ST.  PETERSBURG  —  x", "ST. — x", "S. — x",
	"THE LACK OF INSTRUMENTS IS BAD, SAID PUTIN.", "US officials said on Monday.", "The lack — x", "",
	"\xffPARIS — x", "PARIS\xff — x", "PA\xffRIS — x", "PARIS, Te\xffxas — x",
}

func TestDatelineMatchCases(t *testing.T) {
	for _, s := range datelineCases {
		checkDateline(t, s)
	}
	for _, s := range edgeStrings {
		checkDateline(t, s)
		checkDateline(t, "PARIS"+s+"— x")
		checkDateline(t, "PARIS, June 2"+s+"/ TASS /")
	}
}

func TestDatelineMatchCorpus(t *testing.T) {
	for _, s := range matcherCorpus(t) {
		checkDateline(t, s)
	}
}

// datelineAlphabet is what random datelines are made of: the pieces of the
// patterns and what could be confused with them.
var datelineAlphabet = []string{
	"A", "B", "É", "Ǆ", "ǅ", "a", "é", "x", "ST.", ".", "'", "’", "-", "--", "–", "—", " ", " ", "  ", "\t", "\n", "\v",
	"\u00a0", ",", ", ", "/", " / ", "(", ")", "&", "Jan", "Jan.", "January", "June", "Jun", "Sept", "Sep.",
	"May", "may", "1", "2", "12", "2020", "TASS", "AP", "Texas", "New", "NEW YORK", "\xff",
}

// randomDatelines makes n strings shaped like datelines, the same on every
// run: a place, perhaps a state and a date, one of the endings, and some
// text, with a character or two changed, added or dropped here and there.
func randomDatelines(seed int64, n int) []string {
	slots := [][]string{
		{"A", "B", "É", "ST.", "NEW YORK", "A B", "A-B", "O’B", "A.", "a", ""},
		{"", "", "B", "É", " B", "-B", ".B", " ", "B.", "B'"},
		{"", "", ", Texas", ", New Mexico", ",Tx.", ", É", ", a", ", New Mexico Territory", ", Texas,"},
		{"", ", ", ",", ", June 2", ",June 2", ", Jan. 5", ", Jan 5", ", Jan.. 5", ", January 12, 2020",
			", Sept.  1,2020", ", June 123", ", June 12, 20", ", May\t3", ", may 3", ", Dec.5"},
		{" / TASS /", "/TASS/", " / TASS News /", " / A B C D E /", " / tass /", " / TASS",
			" (AP) — ", "(AP)-", " ( A B C D ) -- ", "(AP)", " (A&B-C) –", " (AP ",
			"—", " - ", "--", "–x", " — ", "---", ""},
		{"", " The text", "x", " ", "\n"},
	}
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		for _, slot := range slots {
			b.WriteString(slot[rng.Intn(len(slot))])
		}
		out[i] = mutate(rng, b.String(), datelineAlphabet)
	}
	return out
}

func TestDatelineMatchRandom(t *testing.T) {
	for _, s := range randomStrings(1, 30000, 14, datelineAlphabet) {
		checkDateline(t, s)
	}
	for _, s := range randomDatelines(4, 50000) {
		checkDateline(t, s)
	}
	// Mostly capitals, so that the place's run is long and varied.
	caps := []string{"A", "B", "É", ".", " ", "-", "'", "’", ",", "—", "(", "AP)", " / TASS /", ", June 2", "x"}
	for _, s := range randomStrings(2, 30000, 20, caps) {
		checkDateline(t, s)
	}
}

// TestDatelineMatchLinear runs the matcher on long runs of capitals,
// spaces and hyphens, where a backtracking matcher would try each capital
// with a long rest after it.
func TestDatelineMatchLinear(t *testing.T) {
	for _, unit := range []string{"B ", "B-", "B", "B. ", "B  ", "B ,", "B - "} {
		for _, tail := range []string{"", "(", ", June 2 ", " (AP", "x"} {
			long := "A" + strings.Repeat(unit, 1<<20/len(unit)) + tail
			mustFinishQuickly(t, "matchDateline on "+unit+"…"+tail, func() {
				for _, form := range datelineForms {
					matchDateline(long, form)
				}
			})
			checkDateline(t, long[:200_000]+tail)
		}
	}
	checkDateline(t, "A"+strings.Repeat(" ", 200_000)+"B —")
	checkDateline(t, "AB, June 2 / "+strings.Repeat("X", 200_000)+" /")
}

func FuzzDatelineMatch(f *testing.F) {
	for _, s := range datelineCases {
		f.Add(s)
	}
	for _, s := range randomStrings(3, 200, 14, datelineAlphabet) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDateline(t, s) })
}
