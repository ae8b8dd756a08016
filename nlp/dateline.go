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
// the agency's closing mark ends the dateline.
var (
	datelinePlace = `(\p{Lu}[\p{Lu}\.'’\- ]*\p{Lu}\.?(?:,\s*\p{Lu}[\p{L}\.]*(?:\s\p{Lu}[\p{L}\.]*)?)?)`
	datelineDate  = `(` + months + `\.?\s+\d{1,2}(?:,\s*\d{4})?)`
	agency        = `(\p{Lu}[\p{L}\-&]*(?:\s\p{Lu}[\p{L}\-&]*){0,3})`
	dash          = `\s*(?:-{1,2}|–|—)\s*`
	reDatelines   = []*lazyRegexp{
		newLazyRegexp(`^` + datelinePlace + `,\s*` + datelineDate + `\s*/\s*` + agency + `\s*/`),
		newLazyRegexp(`^` + datelinePlace + `(?:,\s*` + datelineDate + `)?\s*\(\s*` + agency + `\s*\)` + dash),
		newLazyRegexp(`^` + datelinePlace + `(?:,\s*` + datelineDate + `)?` + dash),
	}
)

// parseDateline reads a dateline at the start of text[start:end].
func parseDateline(text string, start, end int) *dateline {
	s := text[start:end]
	for _, re := range reDatelines {
		m := re.get().FindStringSubmatchIndex(s)
		if m == nil {
			continue
		}
		place := s[m[2]:m[3]]
		if !mostlyUpper(strings.SplitN(place, ",", 2)[0]) {
			continue
		}
		d := &dateline{start: start, end: start + m[1], place: readablePlace(place)}
		// The entity mention is the place's first part ("PARIS" in
		// "PARIS, Texas"), where its name is.
		d.placeStart = start + m[2]
		d.placeEnd = d.placeStart + len(strings.TrimRight(strings.SplitN(place, ",", 2)[0], " "))
		if m[4] >= 0 {
			d.date = s[m[4]:m[5]]
		}
		if len(m) > 6 && m[6] >= 0 {
			d.agency = s[m[6]:m[7]]
			d.agencyStart, d.agencyEnd = start+m[6], start+m[7]
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
