package nlp

import (
	"unicode"
	"unicode/utf8"
)

// The block classifiers' matchers. Each reads what a regular expression
// matched (structurematch_test.go keeps the patterns and checks the two
// agree).

// hasSentenceBreakInside reports whether s has a sentence end followed by
// another sentence, as the pattern
//
//	(?:\p{Ll}{2}\.|[!?])["”’']?\s+["“‘']?\p{Lu}
//
// A full stop counts after two lower-case letters, not after initials
// ("U.S. Army"). Each end is checked once: what follows it (a quote,
// spaces, a quote, a capital) can be read in one way only, since no quote
// is a space or a capital.
func hasSentenceBreakInside(s string) bool {
	// lower1 and lower2: the rune before this one, and the one before
	// that, are lower-case letters.
	lower1, lower2 := false, false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		end := r == '!' || r == '?' || (r == '.' && lower1 && lower2)
		if end && startsNextSentence(s, i) {
			return true
		}
		lower2, lower1 = lower1, unicode.IsLower(r)
	}
	return false
}

// startsNextSentence reports whether s[i:] starts with
// ["”’']?\s+["“‘']?\p{Lu}: a closing quote, spaces, an opening quote and a
// capital, the quotes optional.
func startsNextSentence(s string, i int) bool {
	i = skipQuote(s, i, `"”’'`)
	if i = perlSpacesEnd(s, i); i < 0 {
		return false
	}
	i = skipQuote(s, i, `"“‘'`)
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// skipQuote steps over s[i:]'s first rune if it is one of quotes.
func skipQuote(s string, i int, quotes string) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	for _, q := range quotes {
		if r == q {
			return i + n
		}
	}
	return i
}

// startsByline reports whether s starts as a byline, as the pattern
// ^(?i:by)\s+\p{Lu}: "By", in any case, spaces and a capital.
func startsByline(s string) bool {
	if len(s) < 2 || (s[0] != 'b' && s[0] != 'B') || (s[1] != 'y' && s[1] != 'Y') {
		return false
	}
	i := perlSpacesEnd(s, 2)
	if i < 0 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsUpper(r)
}

// isDateLine reports whether s is only a date, "Friday, July 21, 2017",
// "January 6, 2005", "21 July 2017" or "2017-07-21", as the pattern
//
//	^(?:WEEKDAY,?\s+)?(?:MONTH\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+MONTH,?\s+\d{4}|\d{4}-\d{2}-\d{2})\.?$
//
// (WEEKDAY and MONTH: weekdayNames and monthNames). Each part is read
// greedily: none is followed by what it could have taken more of.
func isDateLine(s string) bool {
	if i := weekdayEnd(s, 0); i >= 0 {
		if byteAt(s, i, ',') {
			i++
		}
		if i = perlSpacesEnd(s, i); i >= 0 && isBareDate(s[i:]) {
			return true
		}
	}
	return isBareDate(s)
}

// isBareDate reports whether s is a date in one of the three orders,
// perhaps with a full stop.
func isBareDate(s string) bool {
	for _, end := range [...]int{monthDayYearEnd(s), dayMonthYearEnd(s), isoDateEnd(s)} {
		if end == len(s) || (end >= 0 && end == len(s)-1 && s[end] == '.') {
			return true
		}
	}
	return false
}

// monthDayYearEnd reads MONTH\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4} at the
// start of s and returns its end, or -1.
func monthDayYearEnd(s string) int {
	i := perlSpacesEnd(s, monthEnd(s, 0))
	if i < 0 {
		return -1
	}
	if i = digitsEnd(s, i, 1, 2); i < 0 {
		return -1
	}
	if i+2 <= len(s) {
		switch s[i : i+2] {
		case "st", "nd", "rd", "th":
			i += 2
		}
	}
	return yearEnd(s, i)
}

// dayMonthYearEnd reads \d{1,2}\s+MONTH,?\s+\d{4} at the start of s and
// returns its end, or -1.
func dayMonthYearEnd(s string) int {
	i := perlSpacesEnd(s, digitsEnd(s, 0, 1, 2))
	if i < 0 {
		return -1
	}
	return yearEnd(s, monthEnd(s, i))
}

// yearEnd reads ,?\s+\d{4} at s[i:] and returns its end, or -1 (also when
// i is -1).
func yearEnd(s string, i int) int {
	if i < 0 {
		return -1
	}
	if byteAt(s, i, ',') {
		i++
	}
	if i = perlSpacesEnd(s, i); i < 0 {
		return -1
	}
	return digitsEnd(s, i, 4, 4)
}

// isoDateEnd reads \d{4}-\d{2}-\d{2} at the start of s and returns its
// end, or -1.
func isoDateEnd(s string) int {
	i := digitsEnd(s, 0, 4, 4)
	for range 2 {
		if !byteAt(s, i, '-') {
			return -1
		}
		if i = digitsEnd(s, i+1, 2, 2); i < 0 {
			return -1
		}
	}
	return i
}
