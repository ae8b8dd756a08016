package nlp

import "strings"

// Small scanners shared by the hand-written matchers (datelinematch.go,
// structurematch.go, linkmatch.go). Those matchers replace the package's
// regular expressions, whose patterns their tests keep: linking package
// regexp, its compiler and Unicode tables cost the wasm engine about 73 KB
// of its compressed download. Each matcher gives exactly the regexp's
// answer, offsets included, and, like package regexp, reads its input in
// time linear in its length.

// isPerlSpace is the regexp class \s: ASCII white space without \v. It is
// narrower than isSpace on purpose, to match as the patterns did.
func isPerlSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// skipPerlSpace is the end of the run of \s from s[i:] (\s*).
func skipPerlSpace(s string, i int) int {
	for i < len(s) && isPerlSpace(s[i]) {
		i++
	}
	return i
}

// perlSpacesEnd is the end of a non-empty run of \s from s[i:] (\s+), or
// -1. Like the other readers it passes a failure on: given i = -1, it
// returns -1.
func perlSpacesEnd(s string, i int) int {
	if i < 0 {
		return -1
	}
	if j := skipPerlSpace(s, i); j > i {
		return j
	}
	return -1
}

// digitsEnd is the end of the longest run of at most most ASCII digits
// from s[i:], or -1 if it is shorter than least (\d{least,most}). The patterns
// never have a digit after such a run, so the longest run is the only
// one that can go on matching.
func digitsEnd(s string, i, least, most int) int {
	if i < 0 {
		return -1
	}
	n := 0
	for n < most && i+n < len(s) && '0' <= s[i+n] && s[i+n] <= '9' {
		n++
	}
	if n < least {
		return -1
	}
	return i + n
}

// byteAt reports whether s[i] is b.
func byteAt(s string, i int, b byte) bool { return i >= 0 && i < len(s) && s[i] == b }

// monthNames are the month names and abbreviations the date patterns know,
// exactly as they wrote them (case matters: "MAY" is not a month).
var monthNames = [...]string{
	"January", "Jan.", "Jan", "February", "Feb.", "Feb", "March", "Mar.", "Mar",
	"April", "Apr.", "Apr", "May", "June", "Jun", "July", "Jul",
	"August", "Aug.", "Aug", "Sept", "September", "Sep.", "Sep",
	"October", "Oct.", "Oct", "November", "Nov.", "Nov", "December", "Dec.", "Dec",
}

// monthEnd is the end of the longest month name at s[i:], or -1. Where a
// pattern allows several ("Jan", "Jan.", "January"), what follows a month
// in every pattern (a space, a comma, a stop and a space) can follow only
// the longest one, since the shorter ones are followed by its letters or
// its stop; so the longest is the only one that can match.
func monthEnd(s string, i int) int {
	end := -1
	if i < 0 {
		return -1
	}
	for _, m := range monthNames {
		if strings.HasPrefix(s[i:], m) {
			end = max(end, i+len(m))
		}
	}
	return end
}

// weekdayNames are the day names of the date-line pattern.
var weekdayNames = [...]string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

// weekdayEnd is the end of a day name at s[i:], or -1.
func weekdayEnd(s string, i int) int {
	for _, d := range weekdayNames {
		if strings.HasPrefix(s[i:], d) {
			return i + len(d)
		}
	}
	return -1
}
