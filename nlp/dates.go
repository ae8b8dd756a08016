package nlp

import (
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Dates and times (DESIGN.md: the dates list), each with a normalized
// value where one can be known: an ISO date ("2017-06-02"), a month
// ("2017-06"), a year, or a date with an unknown year ("XXXX-06-02");
// times as "T10:30". Weekdays and "yesterday"/"today"/"tomorrow" are
// resolved against the article's date, read from its dateline or date
// line: a news story's "on Friday" is the last Friday on or before it.
// Relative dates ("two days ago", "last year") are in relativedates.go.

var monthNumbers = map[string]int{"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
	"april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12}

// weekdayNumbers count from Sunday, 0.
var weekdayNumbers = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3,
	"thursday": 4, "friday": 5, "saturday": 6}

var relativeDays = map[string]int{"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}

// articleDate is what is known of the story's date: year 0 when unknown,
// month and day 0 when unknown.
type articleDate struct{ year, month, day int }

func (d articleDate) full() bool { return d.year > 0 && d.month > 0 && d.day > 0 }

// findArticleDate reads the date of the dateline, then of a date line, in
// that order; a year found anywhere in either completes the other.
func findArticleDate(doc *document) articleDate {
	var d articleDate
	try := func(s string) {
		for _, v := range scanDates(s, splitWords(nil, s), articleDate{}) {
			y, m, day := parseISO(v.Value)
			if d.month == 0 && m > 0 {
				d.month, d.day = m, day
			}
			if d.year == 0 && y > 0 {
				d.year = y
			}
		}
	}
	if doc.dateline != nil {
		try(doc.dateline.date)
	}
	for _, b := range doc.blocks {
		if b.kind == schema.ParagraphDateline && (doc.dateline == nil || b.start != doc.dateline.start) {
			try(doc.slice(b.start, b.end))
		}
	}
	return d
}

// parseISO reads "2017-06-02", "XXXX-06-02", "2017-06" or "2017".
func parseISO(v string) (y, m, d int) {
	parts := strings.Split(v, "-")
	if len(parts) > 0 {
		y, _ = strconv.Atoi(parts[0])
	}
	if len(parts) > 1 {
		m, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		d, _ = strconv.Atoi(parts[2])
	}
	return
}

// findDatesAndFigures lists the dates and times, and the figures, of the
// text's sentences, in one pass over their words: a number that is part
// of a date or time is not a figure.
func findDatesAndFigures(doc *document, anchor articleDate) (dates, figures []schema.Value) {
	var words []word
	for _, s := range doc.sentences {
		text := doc.slice(s.start, s.end)
		words = splitWords(words[:0], text)
		for i := 0; i < len(words); {
			if !mayStartValue(words[i].text) {
				i++
				continue
			}
			v, n := matchDate(text, words, i, anchor)
			list := &dates
			if n == 0 {
				v, n = matchFigure(text, words, i)
				list = &figures
			}
			if n == 0 {
				i++
				continue
			}
			v.Start += s.start
			v.End += s.start
			*list = append(*list, v)
			i += n
		}
	}
	return dates, figures
}

// scanDates finds dates and times in s, whose words are words; offsets
// relative to s.
func scanDates(s string, words []word, anchor articleDate) []schema.Value {
	var out []schema.Value
	for i := 0; i < len(words); {
		if mayStartValue(words[i].text) {
			if v, n := matchDate(s, words, i, anchor); n > 0 {
				out = append(out, v)
				i += n
				continue
			}
		}
		i++
	}
	return out
}

// mayStartValue is a quick test of whether a date, time or figure can
// start with word w, so that the matchers (which lower-case and look up)
// run on few words: a digit, a currency sign, or a word of valueWords.
func mayStartValue(w string) bool {
	c := w[0]
	switch {
	case isDigit(c) || c == '$':
		return true
	case w == "a" || w == "an" || w == "A" || w == "An":
		return true // "a week ago", "a few days ago"
	case c >= utf8RuneSelf:
		for _, sym := range currencySigns {
			if strings.HasPrefix(w, sym.sign) {
				return true
			}
		}
		return false
	}
	if len(w) < valueWordMin || valueWordFirst&(1<<(c|0x20-'a')) == 0 {
		return false // most words: too short, or no such first letter
	}
	var buf [12]byte
	key, ok := asciiLower(buf[:], w)
	return ok && valueWords[string(key)]
}

const utf8RuneSelf = 0x80

// valueWords are the words a date, time or figure may start with; their
// first letters (a bit each) and shortest length make a quicker test.
var (
	valueWords     = map[string]bool{"noon": true, "midday": true, "midnight": true}
	valueWordFirst uint32
	valueWordMin   = 99
)

func init() {
	for w := range monthNumbers {
		valueWords[w], valueWords[w+"."] = true, true
	}
	for _, ws := range []map[string]int{relativeDays, numberWords, ordinalWords, weekdayNumbers} {
		for w := range ws {
			valueWords[w] = true
		}
	}
	for _, w := range relativeStarts {
		valueWords[w] = true
	}
	for w := range valueWords {
		valueWordFirst |= 1 << (w[0] - 'a')
		valueWordMin = min(valueWordMin, len(w))
	}
}

// word is a run of letters, digits and inner marks of s, with its offsets.
type word struct {
	start, end int
	text       string
}

// splitWords cuts s into words (letters, digits, and ".", ":", "-", ","
// between digits or after letters as in "a.m.") and single marks,
// appended to out.
func splitWords(out []word, s string) []word {
	i := 0
	for i < len(s) {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
			i++
			continue
		}
		j := i
		for j < len(s) {
			// Word bytes four at a time: each turn of a loop is a trip
			// through a jump table in Go's WebAssembly (rows.go).
			for j+4 <= len(s) && wordByte[s[j]]&wordByte[s[j+1]]&wordByte[s[j+2]]&wordByte[s[j+3]] != 0 {
				j += 4
			}
			if j >= len(s) {
				break
			}
			c := s[j]
			if wordByte[c] != 0 {
				j++
				continue
			}
			if (c == '.' || c == ':' || c == '-' || c == ',' || c == '/') && j > i && j+1 < len(s) && isASCIIAlnum(s[j+1]) &&
				(isDigit(s[j-1]) && isDigit(s[j+1]) || c == '.' || c == '-') {
				j++
				continue
			}
			if c == '.' && j > i && j-i <= 3 && !isDigit(s[j-1]) { // "a.m.", "Jan."
				j++
			}
			break
		}
		if j == i {
			j = i + 1
		}
		out = append(out, word{i, j, s[i:j]})
		i = j
	}
	return out
}

// wordByte is 1 for the bytes splitWords runs over: ASCII letters and
// digits, and every byte of a multi-byte character.
var wordByte = func() (t [256]byte) {
	for c := range t {
		if isASCIIAlnum(byte(c)) || c >= 0x80 {
			t[c] = 1
		}
	}
	return t
}()

func isASCIIAlnum(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isDigit(c byte) bool      { return '0' <= c && c <= '9' }

// matchDate matches a date or time starting at word i and returns it and
// the number of words it takes (0: none).
func matchDate(s string, w []word, i int, anchor articleDate) (schema.Value, int) {
	lw := strings.ToLower(strings.TrimSuffix(w[i].text, "."))
	at := func(k int) string {
		if k < len(w) {
			return strings.ToLower(w[k].text)
		}
		return ""
	}
	val := func(n int, typ, value string) (schema.Value, int) {
		return schema.Value{Start: w[i].start, End: w[i+n-1].end, Text: s[w[i].start:w[i+n-1].end], Type: typ, Value: value}, n
	}
	if v, approx, n := matchRelativeDate(at, i, anchor); n > 0 {
		d, n := val(n, "DATE", v)
		d.Approximate = approx
		return d, n
	}
	if m, ok := monthNumbers[lw]; ok && (startsUpper(w[i].text) || len(lw) > 3) {
		// Month Day[,] [Year] | Month Year
		if day, ok := dayNumber(at(i + 1)); ok {
			n, y := 2, anchor.year
			if at(i+2) == "," && isYear(at(i+3)) {
				n, y = 4, atoi(at(i+3))
			} else if isYear(at(i + 2)) {
				n, y = 3, atoi(at(i+2))
			}
			return val(n, "DATE", isoDate(y, m, day))
		}
		if isYear(at(i + 1)) {
			return val(2, "DATE", strconv.Itoa(atoi(at(i+1)))+"-"+two(m))
		}
		if lw != "may" && lw != "march" { // "may", "march" are verbs as often
			return val(1, "DATE", "")
		}
		return schema.Value{}, 0
	}
	if day, ok := dayNumber(lw); ok {
		// Day Month [Year]
		if m, ok := monthNumbers[strings.TrimSuffix(at(i+1), ".")]; ok {
			n, y := 2, anchor.year
			if isYear(at(i + 2)) {
				n, y = 3, atoi(at(i+2))
			}
			return val(n, "DATE", isoDate(y, m, day))
		}
	}
	if len(lw) == 10 && lw[4] == '-' && lw[7] == '-' && isYear(lw[:4]) {
		if m, d := atoi(lw[5:7]), atoi(lw[8:]); m >= 1 && m <= 12 && d >= 1 && d <= 31 {
			return val(1, "DATE", lw)
		}
	}
	if wd, ok := weekdayNumbers[lw]; ok && startsUpper(w[i].text) {
		v := ""
		if anchor.full() {
			a := daysFromCivil(anchor.year, anchor.month, anchor.day)
			back := (weekday(a) - wd + 7) % 7
			v = isoDate(civilFromDays(a - back))
		}
		return val(1, "DATE", v)
	}
	if off, ok := relativeDays[lw]; ok {
		v := ""
		if anchor.full() {
			v = isoDate(civilFromDays(daysFromCivil(anchor.year, anchor.month, anchor.day) + off))
		}
		return val(1, "DATE", v)
	}
	// A year after "in", "since"... or before a name ("the 2017 St.
	// Petersburg International Economic Forum").
	if isYear(lw) && (i > 0 && yearPrepositions[strings.ToLower(w[i-1].text)] || i+1 < len(w) && startsUpper(w[i+1].text)) {
		return val(1, "DATE", lw)
	}
	// Times: "10:30", "10:30 a.m.", "10 a.m.", "noon", "midnight".
	if h, mi, ok := clock(lw); ok {
		n := 1
		switch at(i + 1) {
		case "a.m.", "am":
			n = 2
			if h == 12 {
				h = 0
			}
		case "p.m.", "pm":
			n = 2
			if h < 12 {
				h += 12
			}
		}
		if n == 2 || strings.Contains(lw, ":") {
			return val(n, "TIME", "T"+two(h)+":"+two(mi))
		}
	}
	switch lw {
	case "noon", "midday":
		return val(1, "TIME", "T12:00")
	case "midnight":
		return val(1, "TIME", "T00:00")
	}
	return schema.Value{}, 0
}

var yearPrepositions = set("in", "since", "by", "until", "till", "from", "of", "during", "before", "after")

func dayNumber(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if len(s) == 0 || len(s) > 2 || !isDigit(s[0]) || !isDigit(s[len(s)-1]) {
		return 0, false
	}
	d := atoi(s)
	return d, d >= 1 && d <= 31
}

func isYear(s string) bool {
	if len(s) != 4 || !isDigit(s[0]) || !isDigit(s[1]) || !isDigit(s[2]) || !isDigit(s[3]) {
		return false
	}
	y := atoi(s)
	return y >= 1000 && y <= 2199
}

// clock reads "10:30" or "10" as an hour and minutes.
func clock(s string) (h, m int, ok bool) {
	hs, ms, found := strings.Cut(s, ":")
	if len(hs) == 0 || len(hs) > 2 || !isDigit(hs[0]) || !isDigit(hs[len(hs)-1]) {
		return 0, 0, false
	}
	h = atoi(hs)
	if found {
		if len(ms) != 2 || !isDigit(ms[0]) || !isDigit(ms[1]) {
			return 0, 0, false
		}
		m = atoi(ms)
	}
	return h, m, h <= 24 && m < 60
}

func isoDate(y, m, d int) string {
	ys := "XXXX"
	if y > 0 {
		ys = strconv.Itoa(y)
	}
	return ys + "-" + two(m) + "-" + two(d)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// Calendar arithmetic on days since 1970-01-01 (proleptic Gregorian;
// Howard Hinnant's days_from_civil algorithm), without the time package,
// whose formatting code would add 30 KB to the engine's download.

func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z int) (y, m, d int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = (mp+2)%12 + 1
	y = yoe + era*400
	if m <= 2 {
		y++
	}
	return y, m, d
}

// weekday of a day since 1970-01-01 (a Thursday), Sunday 0.
func weekday(days int) int { return ((days+4)%7 + 7) % 7 }
