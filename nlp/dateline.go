package nlp

import (
	"strings"
	"unicode"
)

// Wire datelines, as agencies write them:
//
//	ST.PETERSBURG, June 2 / TASS /          (TASS)
//	LONDON, June 2 (Reuters) -              (Reuters, AFP)
//	WASHINGTON (AP) —                       (AP)
//	MOSCOW —   or   PARIS, June 2 —         (newspapers)
//
// The place is in capitals (possibly with ", State" after it); a dash or
// the agency's closing mark ends the dateline. matchDateline reads the
// three forms (datelinematch.go).

// parseDateline reads a dateline at the start of text[start:end].
func parseDateline(text string, start, end int) *dateline {
	s := text[start:end]
	for _, form := range datelineForms {
		m, ok := matchDateline(s, form)
		if !ok {
			continue
		}
		place := s[:m.placeEnd]
		if !mostlyUpper(strings.SplitN(place, ",", 2)[0]) {
			continue
		}
		d := &dateline{start: start, end: start + m.end, place: readablePlace(place)}
		// The entity mention is the place's first part ("PARIS" in
		// "PARIS, Texas"), where its name is.
		d.placeStart = start
		d.placeEnd = d.placeStart + len(strings.TrimRight(strings.SplitN(place, ",", 2)[0], " "))
		if m.dateStart >= 0 {
			d.date = s[m.dateStart:m.dateEnd]
		}
		if m.agencyStart >= 0 {
			d.agency = s[m.agencyStart:m.agencyEnd]
			d.agencyStart, d.agencyEnd = start+m.agencyStart, start+m.agencyEnd
		}
		return d
	}
	return nil
}

func mostlyUpper(s string) bool {
	up, low := 0, 0
	for _, r := range s {
		if unicode.IsUpper(r) {
			up++
		} else if unicode.IsLower(r) {
			low++
		}
	}
	return up >= 2 && low == 0
}

// readablePlace turns a dateline's capitals into a place name:
// "ST.PETERSBURG" -> "St. Petersburg", "NEW YORK" -> "New York". Runs of
// single letters with stops ("D.C.", "U.S.") are initials and stay as they are.
func readablePlace(s string) string {
	parts := strings.SplitN(s, ",", 2)
	head := parts[0]
	var b strings.Builder
	words := strings.Fields(head)
	for wi, w := range words {
		if wi > 0 {
			b.WriteByte(' ')
		}
		segs := strings.Split(w, ".")
		initials := true
		for _, sg := range segs[:len(segs)-1] {
			if len([]rune(sg)) != 1 {
				initials = false
			}
		}
		if initials && len(segs) > 1 {
			b.WriteString(w)
			continue
		}
		for si, sg := range segs {
			if si > 0 {
				b.WriteByte('.')
				if sg != "" {
					b.WriteByte(' ') // "ST.PETERSBURG": an abbreviation joined to the word
				}
			}
			b.WriteString(titleCase(sg))
		}
	}
	if len(parts) == 2 {
		b.WriteString(", ")
		b.WriteString(strings.TrimSpace(parts[1]))
	}
	return b.String()
}

// titleCase capitalizes the first letter of each hyphen- or
// apostrophe-separated part and lower-cases the rest.
func titleCase(s string) string {
	rs := []rune(strings.ToLower(s))
	up := true
	for i, r := range rs {
		if up && unicode.IsLetter(r) {
			rs[i] = unicode.ToUpper(r)
			up = false
		}
		if r == '-' || r == '\'' || r == '’' {
			up = true
		}
	}
	return string(rs)
}
