package app

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// QuotesCSVName is the file name the quotes are saved under.
const QuotesCSVName = "nutgraf-quotes.csv"

// QuotesCSVHeader is the CSV's header row.
var QuotesCSVHeader = []string{"speaker", "speaker_type", "anonymous", "kind", "cue", "source", "text", "start", "end"}

// QuotesCSV writes the quotes of d as CSV (RFC 4180: CRLF line ends, a
// field with a comma, quotation mark or line break in quotation marks,
// its quotation marks doubled), UTF-8, with a header row and a row per
// quote in the article's order. start and end are UTF-16 code units of
// the text, as in the Analysis JSON, so that JavaScript's text.slice gives
// the quote.
func QuotesCSV(d *Doc) []byte {
	a := d.Analysis
	type ent struct{ name, typ string }
	ents := make(map[string]ent, len(a.Entities))
	for _, e := range a.Entities {
		ents[e.ID] = ent{e.Name, e.Type}
	}
	quotes := slices.Clone(a.Quotes)
	slices.SortStableFunc(quotes, func(x, y schema.Quote) int { return cmp.Compare(x.Start, y.Start) })
	// d's offsets are bytes of the text (Analysis.ToBytes); the CSV's are
	// UTF-16, as the JSON's.
	offsets := make([]int, 0, 2*len(quotes))
	for _, q := range quotes {
		offsets = append(offsets, q.Start, q.End)
	}
	units := utf16Offsets(d.Text, offsets)

	var b strings.Builder
	writeCSVRow(&b, QuotesCSVHeader)
	row := make([]string, len(QuotesCSVHeader))
	for i, q := range quotes {
		speaker, typ := "", ""
		if q.Speaker != nil {
			speaker = *q.Speaker
			if e, ok := ents[speaker]; ok {
				speaker, typ = e.name, e.typ
			}
		}
		span := func(s *schema.Span) string {
			if s == nil {
				return ""
			}
			return s.Text
		}
		row = append(row[:0],
			safeCell(speaker), typ, strconv.FormatBool(q.Anonymous), q.Kind,
			safeCell(span(q.Cue)), safeCell(span(q.Source)), safeCell(q.Text),
			strconv.Itoa(units[2*i]), strconv.Itoa(units[2*i+1]))
		writeCSVRow(&b, row)
	}
	return []byte(b.String())
}

// writeCSVRow writes one record as RFC 4180 says.
func writeCSVRow(b *strings.Builder, fields []string) {
	for i, f := range fields {
		if i > 0 {
			b.WriteByte(',')
		}
		if !strings.ContainsAny(f, ",\"\r\n") {
			b.WriteString(f)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(f, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteString("\r\n")
}

// safeCell guards a text field against formula injection: a spreadsheet
// opening the CSV would run a cell that starts with =, +, - or @ as a
// formula (and, as OWASP advises, one starting with a tab or carriage
// return too), so such a field gets a leading apostrophe, which
// spreadsheets read as "this is text" and do not show. A reader of the
// CSV with a program drops that apostrophe.
func safeCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}

// utf16Offsets converts byte offsets of text to UTF-16 code units, in one
// pass over the text however many offsets there are. An offset inside a
// character counts from its start; one past the text, as the text's end.
func utf16Offsets(text string, offsets []int) []int {
	order := make([]int, len(offsets))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(x, y int) int { return cmp.Compare(offsets[x], offsets[y]) })
	out := make([]int, len(offsets))
	pos, units := 0, 0
	for _, k := range order {
		for pos < len(text) {
			r, size := utf8.DecodeRuneInString(text[pos:])
			if pos+size > offsets[k] {
				break
			}
			pos += size
			units += max(utf16.RuneLen(r), 1) // -1 for no valid rune
		}
		out[k] = units
	}
	return out
}
