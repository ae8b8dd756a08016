package nlp

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The dateline matcher reads what these regular expressions matched
// (datelinematch_test.go keeps them and checks the two agree):
//
//	slashAgency  ^PLACE,\s*DATE\s*/\s*AGENCY\s*/
//	parenAgency  ^PLACE(?:,\s*DATE)?\s*\(\s*AGENCY\s*\)DASH
//	dashOnly     ^PLACE(?:,\s*DATE)?DASH
//
//	PLACE   (\p{Lu}[\p{Lu}\.'’\- ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}\.]*(?:\s\p{Lu}[\p{L}\.]*)?)?)
//	DATE    (MONTH\.?\s+\d{1,2}(?:,\s*\d{4})?)
//	AGENCY  (\p{Lu}[\p{L}\-&]*(?:\s\p{Lu}[\p{L}\-&]*){0,3})
//	DASH    \s*(?:-{1,2}|–|—)\s*
//
// and gives the same match and groups: the one a backtracking matcher
// finds first (regexp's leftmost-first rule). Almost every part can match
// in one way only, because what follows it can never start with what it
// could have taken more of: a run of letters is followed by a space, a
// comma, a slash or a dash, never by a letter. So those parts are read
// greedily, once. The one real choice is where the place's capitals end:
// "NEW YORK - " could stop after N, W, Y or K, because the capitals may
// include spaces and hyphens. The pattern tries the last capital first,
// and so does placeEnds.

// datelineForm is how a dateline ends: with the agency between slashes,
// the agency in parentheses and a dash, or a dash alone.
type datelineForm int

const (
	slashAgency datelineForm = iota // ST.PETERSBURG, June 2 / TASS /
	parenAgency                     // LONDON, June 2 (Reuters) -
	dashOnly                        // MOSCOW —
)

// datelineForms are the forms in the order parseDateline tries them.
var datelineForms = [...]datelineForm{slashAgency, parenAgency, dashOnly}

// datelineMatch is a dateline at the start of a string s: the dateline is
// s[:end] and the place s[:placeEnd]; the date is s[dateStart:dateEnd]
// and the agency s[agencyStart:agencyEnd], both -1 where there is none.
type datelineMatch struct {
	end, placeEnd          int
	dateStart, dateEnd     int
	agencyStart, agencyEnd int
}

// matchDateline matches a dateline of the given form at the start of s.
func matchDateline(s string, form datelineForm) (datelineMatch, bool) {
	var m datelineMatch
	found := false
	placeEnds(s, func(placeEnd int) bool {
		m, found = matchAfterPlace(s, placeEnd, form)
		return found
	})
	return m, found
}

// placeEnds calls try with each end the PLACE group can have at the start
// of s, in the order the pattern tries them, until try returns true.
//
// The place starts with a capital and a run of capitals, stops, quotes,
// hyphens and spaces; its first part ends at a capital of that run (with a
// stop after it, if there is one: nothing after a place can start with a
// stop). The last capital is tried first. After the first part may come
// ", State" or ", Two Words", tried before the first part alone.
//
// Trying every capital is not quadratic: only a capital at the end of the
// run can be followed by a comma, and only the last capital before spaces
// that end the run can be followed by a parenthesis, so every other try
// fails at the first character after it that is not a space.
func placeEnds(s string, try func(placeEnd int) bool) {
	r, first := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return
	}
	run := first
	for run < len(s) {
		r, n := utf8.DecodeRuneInString(s[run:])
		if !isPlaceRunRune(r) {
			break
		}
		run += n
	}
	// The run holds valid UTF-8 only, so it can be read backwards.
	for k := run; k > first; {
		r, n := utf8.DecodeLastRuneInString(s[first:k])
		k -= n
		if !unicode.IsUpper(r) {
			continue
		}
		end := k + n
		if byteAt(s, end, '.') {
			end++
		}
		if withState := placeStateEnd(s, end); withState >= 0 && try(withState) {
			return
		}
		if try(end) {
			return
		}
	}
}

// isPlaceRunRune is the class [\p{Lu}\.'’\- ] of the place's capitals.
func isPlaceRunRune(r rune) bool {
	switch r {
	case '.', '\'', '’', '-', ' ':
		return true
	}
	return unicode.IsUpper(r)
}

// placeStateEnd reads ",\s*\p{Lu}[\p{L}\.]*(?:\s\p{Lu}[\p{L}\.]*)?" (the
// ", Texas" of "PARIS, Texas") at s[i:] and returns its end, or -1.
// The second word is taken whenever it is there: without it, a space and
// a capital would be left, and nothing after a place starts so.
func placeStateEnd(s string, i int) int {
	if !byteAt(s, i, ',') {
		return -1
	}
	end := wordEnd(s, skipPerlSpace(s, i+1), isLetterOrStop)
	if end < 0 {
		return -1
	}
	if end < len(s) && isPerlSpace(s[end]) {
		if second := wordEnd(s, end+1, isLetterOrStop); second >= 0 {
			end = second
		}
	}
	return end
}

// wordEnd reads a capital followed by a run of runes of the class inWord
// (\p{Lu}[...]*) at s[i:] and returns its end, or -1. The run is read to
// its end: the patterns never continue with a rune of the class.
func wordEnd(s string, i int, inWord func(rune) bool) int {
	if r, n := utf8.DecodeRuneInString(s[i:]); unicode.IsUpper(r) {
		i += n
	} else {
		return -1
	}
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !inWord(r) {
			break
		}
		i += n
	}
	return i
}

// isLetterOrStop is the class [\p{L}\.] of a state's name.
func isLetterOrStop(r rune) bool { return r == '.' || unicode.IsLetter(r) }

// isAgencyRune is the class [\p{L}\-&] of an agency's name.
func isAgencyRune(r rune) bool { return r == '-' || r == '&' || unicode.IsLetter(r) }

// matchAfterPlace matches the rest of a dateline of the given form after
// a place that ends at placeEnd.
func matchAfterPlace(s string, placeEnd int, form datelineForm) (datelineMatch, bool) {
	m := datelineMatch{placeEnd: placeEnd, dateStart: -1, dateEnd: -1, agencyStart: -1, agencyEnd: -1}
	i := placeEnd
	// The date is optional only before a parenthesis or a dash, where a
	// comma cannot stand: so if ", June 2" is there, it is taken.
	if start, end := datelineDateSpan(s, i); start >= 0 {
		m.dateStart, m.dateEnd = start, end
		i = end
	} else if form == slashAgency {
		return m, false
	}
	switch form {
	case slashAgency:
		m.agencyStart, m.agencyEnd, i = enclosedAgency(s, i, '/', '/')
	case parenAgency:
		m.agencyStart, m.agencyEnd, i = enclosedAgency(s, i, '(', ')')
		i = dashEnd(s, i)
	default:
		i = dashEnd(s, i)
	}
	if i < 0 {
		return m, false
	}
	m.end = i
	return m, true
}

// datelineDateSpan reads ",\s*DATE" at s[i:] and returns the DATE's
// span, "June 2" or "Jan. 5, 2020", or -1, -1.
func datelineDateSpan(s string, i int) (start, end int) {
	if !byteAt(s, i, ',') {
		return -1, -1
	}
	start = skipPerlSpace(s, i+1)
	end = monthEnd(s, start)
	if end < 0 {
		return -1, -1
	}
	if byteAt(s, end, '.') {
		end++ // "Jan.." stays a month and its stop, as in the pattern
	}
	if end = perlSpacesEnd(s, end); end < 0 {
		return -1, -1
	}
	if end = digitsEnd(s, end, 1, 2); end < 0 {
		return -1, -1
	}
	// ", 2020" is taken whenever it is there: without it a comma would be
	// left, and no form continues with one.
	if byteAt(s, end, ',') {
		if year := digitsEnd(s, skipPerlSpace(s, end+1), 4, 4); year >= 0 {
			end = year
		}
	}
	return start, end
}

// enclosedAgency reads "\s*" open "\s*AGENCY\s*" close at s[i:], and
// returns the agency's span and the end, or -1s. AGENCY is a capitalized
// word and up to three more after single spaces; all are taken, since
// with fewer a space and a capital would be left before the close.
func enclosedAgency(s string, i int, open, close byte) (start, end, after int) {
	i = skipPerlSpace(s, i)
	if !byteAt(s, i, open) {
		return -1, -1, -1
	}
	start = skipPerlSpace(s, i+1)
	end = wordEnd(s, start, isAgencyRune)
	if end < 0 {
		return -1, -1, -1
	}
	for range 3 {
		if end >= len(s) || !isPerlSpace(s[end]) {
			break
		}
		next := wordEnd(s, end+1, isAgencyRune)
		if next < 0 {
			break
		}
		end = next
	}
	after = skipPerlSpace(s, end)
	if !byteAt(s, after, close) {
		return -1, -1, -1
	}
	return start, end, after + 1
}

// dashEnd reads DASH, "\s*(?:-{1,2}|–|—)\s*", at s[i:] and returns its
// end, or -1 (also when i is -1).
func dashEnd(s string, i int) int {
	if i < 0 {
		return -1
	}
	i = skipPerlSpace(s, i)
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "--"):
		i += 2
	case strings.HasPrefix(rest, "-"):
		i++
	case strings.HasPrefix(rest, "–"), strings.HasPrefix(rest, "—"):
		i += len("–")
	default:
		return -1
	}
	return skipPerlSpace(s, i)
}
