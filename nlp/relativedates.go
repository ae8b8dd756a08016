package nlp

import "strconv"

// Relative dates ("two days ago", "last year", "earlier this week") are
// resolved against the article's date. The rules, by the words' shape:
//
//   - COUNT UNIT ago, COUNT a number ("two", "2", "a", "an"): days and
//     weeks back from the article's day give a date ("2017-05-31"),
//     months back a month ("2017-04"), years back a year ("2015"); exact.
//   - VAGUE UNIT ago, VAGUE "a few", "few", "several" or "some": taken as
//     three units back, given one unit coarser where one exists (weeks
//     as their month, days as a date), and marked approximate.
//   - last|this|next year|month: that year or month; exact.
//   - last|this|next week: the Monday that starts that week (ISO weeks),
//     approximate, since the text names a week, not a day.
//   - last|next WEEKDAY: the nearest such day strictly before or after
//     the article's day; exact. (A bare weekday, dates.go, is the last on
//     or before it.)
//   - earlier|later this week|month|year: as "this week|month|year", and
//     approximate: the text says only that it is inside that span.
//
// A value needs the parts of the article's date it counts from: with no
// date, or no day for day counts, the phrase is still a DATE with an
// empty value (and approximate when vague).

// relativeUnits are the units a relative date counts in.
var relativeUnits = map[string]byte{"day": 'd', "days": 'd', "week": 'w', "weeks": 'w',
	"month": 'm', "months": 'm', "year": 'y', "years": 'y'}

// relativeStarts are the first words of relative dates beyond the number
// words, added to valueWords; "a" and "an" are tested apart (mayStartValue)
// so that the length test still turns most short words away.
var relativeStarts = []string{"last", "next", "this", "earlier", "later", "few", "several", "some"}

// matchRelativeDate matches a relative date at word i; at gives the
// lower-cased word k, or "". It returns the value, whether it is
// approximate, and the number of words (0: none).
func matchRelativeDate(at func(int) string, i int, anchor articleDate) (value string, approx bool, n int) {
	w0 := at(i)
	// COUNT|VAGUE UNIT ago
	count, vague, k := 0, false, i
	switch w0 {
	case "a", "an":
		count, k = 1, i+1
		if at(k) == "few" {
			count, vague, k = 3, true, k+1
		}
	case "few", "several", "some":
		count, vague, k = 3, true, i+1
	default:
		if c, ok := numberWords[w0]; ok {
			count, k = c, i+1
		} else if c, err := strconv.Atoi(w0); err == nil && c > 0 && c < 1000 {
			count, k = c, i+1
		}
	}
	if count > 0 {
		if u, ok := relativeUnits[at(k)]; ok && at(k+1) == "ago" {
			return countBack(anchor, u, count, vague), vague, k + 2 - i
		}
		return "", false, 0
	}
	// last|this|next UNIT|WEEKDAY, earlier|later this UNIT
	approx, k = false, i
	if w0 == "earlier" || w0 == "later" {
		if at(i+1) != "this" {
			return "", false, 0
		}
		approx, k = true, i+1
	}
	step := 0
	switch at(k) {
	case "last":
		step = -1
	case "next":
		step = 1
	case "this":
	default:
		return "", false, 0
	}
	if approx && step != 0 {
		return "", false, 0
	}
	// "last year", not "last days" or "this day".
	if unit := at(k + 1); relativeUnits[unit] != 0 && relativeUnits[unit] != 'd' && unit[len(unit)-1] != 's' {
		u := relativeUnits[unit]
		return relativeSpan(anchor, u, step), approx || u == 'w', k + 2 - i
	}
	if wd, ok := weekdayNumbers[at(k+1)]; ok && step != 0 {
		v := ""
		if anchor.full() {
			a := daysFromCivil(anchor.year, anchor.month, anchor.day)
			d := (wd - weekday(a) + 7) % 7 // days forward to the weekday
			if step < 0 {
				d = -((weekday(a) - wd + 7) % 7)
			}
			if d == 0 {
				d = 7 * step
			}
			v = isoDate(civilFromDays(a + d))
		}
		return v, false, k + 2 - i
	}
	return "", false, 0
}

// countBack is the value count units before the anchor; vague counts give
// weeks as a month.
func countBack(a articleDate, unit byte, count int, vague bool) string {
	switch unit {
	case 'd', 'w':
		if !a.full() {
			return ""
		}
		days := count
		if unit == 'w' {
			days *= 7
		}
		y, m, d := civilFromDays(daysFromCivil(a.year, a.month, a.day) - days)
		if unit == 'w' && vague {
			return strconv.Itoa(y) + "-" + two(m)
		}
		return isoDate(y, m, d)
	case 'm':
		if a.year == 0 || a.month == 0 {
			return ""
		}
		return monthValue(a.year, a.month-count)
	default:
		if a.year == 0 {
			return ""
		}
		return strconv.Itoa(a.year - count)
	}
}

// relativeSpan is the value of the week, month or year step units from the
// anchor's: a week as its Monday.
func relativeSpan(a articleDate, unit byte, step int) string {
	switch unit {
	case 'w':
		if !a.full() {
			return ""
		}
		days := daysFromCivil(a.year, a.month, a.day)
		monday := days - (weekday(days)+6)%7
		return isoDate(civilFromDays(monday + 7*step))
	case 'm':
		if a.year == 0 || a.month == 0 {
			return ""
		}
		return monthValue(a.year, a.month+step)
	default:
		if a.year == 0 {
			return ""
		}
		return strconv.Itoa(a.year + step)
	}
}

// monthValue writes month m of year y as "YYYY-MM", m counted past the
// year's ends (0 is the December before).
func monthValue(y, m int) string {
	m-- // from 0
	y += m / 12
	if m %= 12; m < 0 {
		m += 12
		y--
	}
	return strconv.Itoa(y) + "-" + two(m+1)
}
