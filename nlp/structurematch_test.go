package nlp

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"
)

// The block classifiers' patterns, which hasSentenceBreakInside,
// startsByline and isDateLine replace.
var (
	sentenceInsideRegexp = regexp.MustCompile(`(?:\p{Ll}{2}\.|[!?])["”’']?\s+["“‘']?\p{Lu}`)
	bylineRegexp         = regexp.MustCompile(`^(?i:by)\s+\p{Lu}`)
	dateLineRegexp       = regexp.MustCompile(`^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:` +
		datelineMonthsPattern + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+` + datelineMonthsPattern +
		`,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$`)
)

// checkStructureMatchers compares the three matchers with their patterns
// on s.
func checkStructureMatchers(t *testing.T, s string) {
	t.Helper()
	if got, want := hasSentenceBreakInside(s), sentenceInsideRegexp.MatchString(s); got != want {
		t.Errorf("hasSentenceBreakInside(%q) = %v, want %v", s, got, want)
	}
	if got, want := startsByline(s), bylineRegexp.MatchString(s); got != want {
		t.Errorf("startsByline(%q) = %v, want %v", s, got, want)
	}
	if got, want := isDateLine(s), dateLineRegexp.MatchString(s); got != want {
		t.Errorf("isDateLine(%q) = %v, want %v", s, got, want)
	}
}

var structureMatcherCases = []string{
	// Sentence breaks, and what is not one.
	"Water rose fast. Residents fled.", "The U.S. Army said", "He said: “We won!” Then he left.",
	"It rose. “They fled”", "It rose.” They fled", "it rose.’ ‘They", "Why? Because", "Why?Because", "Why ? Because",
	"It rose.\tThey fled", "It rose.\u00a0They fled", "It rose.\vThey fled", "It rose. they fled", "It rose. 2",
	"a. B", "ab. B", "Ab. B", "aB. B", "éé. É", "ßß. Ǆ", "ǅǅ. B", "ab.. B", "ab.\" \"B", "ab.\"\" B", "ab. \"\"B",
	"ab.'  'B", "ab.’ ‘É", "!\n\nB", "!", "?  ", "x\xff. B", "\xffab. B", "ab. \xffB",
	// Bylines.
	"By Jane Doe", "by jane", "BY JANE", "bY  J", "By\tJ", "By\vJ", "By\u00a0J", "ByJ", "By ", "By", "b", "Byline",
	"By é", "By É", " By J", "\u212ay J", "By \xffJ",
	// Date lines.
	"Friday, July 21, 2017", "January 6, 2005", "21 July 2017", "2017-07-21", "2017-07-21.", "2017-07-21..",
	"Friday July 21 2017", "Friday,July 21 2017", "Friday, 21 July, 2017.", "Friday, 2017-07-21", "Friday,",
	"July 21st, 2017", "July 1st 2017", "July 21th, 2017", "July 21 st, 2017", "July 212, 2017", "July 21, 201",
	"July 21, 20171", "Jul. 21, 2017", "Jan 21, 2017", "Jan. 21, 2017", "Jan.. 21, 2017", "Sept 1, 2017",
	"Sep. 1, 2017", "September 1, 2017", "Septemb 1, 2017", "June 1 2017", "Jun 1 2017", "Junee 1 2017",
	"1 Jan. 2017", "1 Jan, 2017", "1 Jan.. 2017", "123 Jan 2017", "1\tMay\t2017", "1 May 2017\n", "1 may 2017",
	"17-07-21", "2017-7-21", "2017/07/21", "Fridays, July 21, 2017", "friday, July 21, 2017",
}

func TestStructureMatchCases(t *testing.T) {
	for _, s := range structureMatcherCases {
		checkStructureMatchers(t, s)
	}
	for _, s := range edgeStrings {
		checkStructureMatchers(t, s)
		checkStructureMatchers(t, "ab."+s+" B")
		checkStructureMatchers(t, "ab. "+s+"B")
		checkStructureMatchers(t, "By"+s+"J")
		checkStructureMatchers(t, "1 May"+s+"2017")
	}
}

func TestStructureMatchCorpus(t *testing.T) {
	for _, s := range matcherCorpus(t) {
		checkStructureMatchers(t, s)
	}
}

var (
	sentenceAlphabet = []string{
		"a", "b", "ab", "é", "ß", "ǅ", "A", "É", "Ǆ", "U.S.", ".", ". ", "!", "?", "\"", "”", "’", "'", "“", "‘",
		" ", " ", "\t", "\n", "\v", "\u00a0", "2", "\xff", "\xc3",
	}
	bylineAlphabet = []string{"by", "By", "BY", "bY", "b", "y", "B", " ", "\t", "\n", "\v", "\u00a0", "A", "É", "a", "é", "\u212a", "\xff"}
	dateAlphabet   = []string{
		"Monday", "Friday", "Tuesday", "Mon", "day", ",", ".", " ", "  ", "\t", "\v", "\n", "January", "Jan", "Jan.",
		"June", "Jun", "e", "Sept", "Sep.", "tember", "May", "may", "1", "12", "7", "2017", "20", "st", "nd", "th",
		"-", "07", "\xff",
	}
)

// randomDateLines makes n strings shaped like date lines, the same on every
// run: a weekday or none, a date in one of the three orders, perhaps a
// stop, each a little changed.
func randomDateLines(seed int64, n int) []string {
	pick := func(rng *rand.Rand, choices ...string) string { return choices[rng.Intn(len(choices))] }
	rng := rand.New(rand.NewSource(seed))
	out := make([]string, n)
	for i := range out {
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString(pick(rng, "Friday", "Sunday", "Wednesday", "Thursday", "Fri", "Mon day"))
			b.WriteString(pick(rng, ", ", " ", ",", ",\t ", ""))
		}
		month := pick(rng, "July", "Jan.", "Jan", "September", "Sept.", "Sept", "Sep", "June", "Jun", "May", "Jan..", "may")
		day := pick(rng, "21", "1", "07", "123", "")
		year := pick(rng, "2017", "2017", "201", "20171", "")
		space := func() string { return pick(rng, " ", " ", "  ", "\t", "") }
		switch rng.Intn(3) {
		case 0:
			b.WriteString(month + space() + day + pick(rng, "", "", "st", "nd", "rd", "th", "s") +
				pick(rng, ",", "", ".") + space() + year)
		case 1:
			b.WriteString(day + space() + month + pick(rng, ",", "", ".") + space() + year)
		default:
			b.WriteString(year + pick(rng, "-", "/") + pick(rng, "07", "7") + "-" + day)
		}
		b.WriteString(pick(rng, "", "", ".", "..", " ", "\n"))
		out[i] = b.String()
		if rng.Intn(2) == 0 {
			out[i] = mutate(rng, out[i], dateAlphabet)
		}
	}
	return out
}

func TestStructureMatchRandom(t *testing.T) {
	for seed, alphabet := range [][]string{sentenceAlphabet, bylineAlphabet, dateAlphabet} {
		for _, s := range randomStrings(int64(10+seed), 30000, 12, alphabet) {
			checkStructureMatchers(t, s)
		}
	}
	for _, s := range randomDateLines(13, 50000) {
		checkStructureMatchers(t, s)
	}
	for _, s := range randomSentencePairs(15, 50000) {
		checkStructureMatchers(t, s)
	}
}

// randomSentencePairs makes n strings shaped like a sentence's end and the
// next one's start, the same on every run, each perhaps a little changed.
func randomSentencePairs(seed int64, n int) []string {
	slots := [][]string{
		{"He left", "U.S", "It rose", "a", "ǅǅ", "éß", "Ab", ""},
		{".", ".", "!", "?", "..", ";"},
		{"", "", "\"", "”", "’", "'", "“"},
		{" ", " ", "  ", "\t", "\n", "\v", "\u00a0", ""},
		{"", "", "\"", "“", "‘", "'", "”"},
		{"They", "É", "Ǆ", "ǅ", "they", "2", "\xff"},
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
			out[i] = mutate(rng, out[i], sentenceAlphabet)
		}
	}
	return out
}

// TestStructureMatchLinear runs the matchers on long runs of sentence
// ends, spaces and dots.
func TestStructureMatchLinear(t *testing.T) {
	for _, unit := range []string{".", "ab.", "ab. ", "! ", "ab", " ", "ab.” ", "By "} {
		long := strings.Repeat(unit, 1<<20/len(unit))
		mustFinishQuickly(t, "the structure matchers on "+unit+"…", func() {
			hasSentenceBreakInside(long)
			startsByline(long)
			isDateLine(long)
		})
		checkStructureMatchers(t, long[:200_000])
		checkStructureMatchers(t, long[:200_000]+"B")
	}
	checkStructureMatchers(t, "Friday,"+strings.Repeat(" ", 200_000)+"July 21, 2017")
	checkStructureMatchers(t, "By"+strings.Repeat(" ", 200_000)+"J")
}

func FuzzStructureMatch(f *testing.F) {
	for _, s := range structureMatcherCases {
		f.Add(s)
	}
	for _, s := range randomStrings(14, 200, 12, sentenceAlphabet) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkStructureMatchers(t, s) })
}
