package main

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The CSV tables' header rows. The file column comes first so that rows
// from many inputs can be told apart and filtered; the columns after it
// are the flat fields of the schema's Entity and Quote, with, for a
// quote, its speaker's name and type beside the speaker's entity id (the
// page's quotes CSV shows the same), so that the table reads on its own
// and still joins with the entities table on (file, id).
var (
	entitiesHeader = []string{"file", "id", "name", "type", "mentions", "salience", "quotes", "tone", "aliases", "roles"}
	quotesHeader   = []string{"file", "id", "kind", "text", "speaker_id", "speaker", "speaker_type", "anonymous", "source", "cue", "confidence", "start", "end"}
)

// listSep joins a list (aliases, roles) into one cell.
const listSep = "; "

// csvOutput writes one table, entities or quotes, with a row per entity or
// quote of every input. A failed input writes no row: its error goes to
// standard error only, so the table stays a table.
type csvOutput struct{ table string }

func (o csvOutput) header() []byte {
	if o.table == "quotes" {
		return csvRows([][]string{quotesHeader})
	}
	return csvRows([][]string{entitiesHeader})
}

func (o csvOutput) failure(string, error) []byte { return nil }

func (o csvOutput) result(name string, a *schema.Analysis) ([]byte, error) {
	if o.table == "quotes" {
		return csvRows(quoteRows(name, a)), nil
	}
	return csvRows(entityRows(name, a)), nil
}

func entityRows(file string, a *schema.Analysis) [][]string {
	quoted := map[string]int{}
	for _, q := range a.Quotes {
		if q.Speaker != nil {
			quoted[*q.Speaker]++
		}
	}
	rows := make([][]string, 0, len(a.Entities))
	for _, e := range a.Entities {
		tone := ""
		if e.Tone != nil {
			tone = formatFloat(*e.Tone)
		}
		rows = append(rows, []string{
			safeCell(file), e.ID, safeCell(e.Name), e.Type,
			strconv.Itoa(len(e.Mentions)), formatFloat(e.Salience), strconv.Itoa(quoted[e.ID]), tone,
			safeCell(strings.Join(e.Aliases, listSep)), safeCell(strings.Join(e.Roles, listSep)),
		})
	}
	return rows
}

// quoteRows lists the quotes in the order they appear in the text, with
// start and end in UTF-16 code units, as in the Analysis JSON.
func quoteRows(file string, a *schema.Analysis) [][]string {
	a.ToUTF16()
	type speaker struct{ name, typ string }
	speakers := make(map[string]speaker, len(a.Entities))
	for _, e := range a.Entities {
		speakers[e.ID] = speaker{e.Name, e.Type}
	}
	quotes := slices.Clone(a.Quotes)
	slices.SortStableFunc(quotes, func(x, y schema.Quote) int { return cmp.Compare(x.Start, y.Start) })
	rows := make([][]string, 0, len(quotes))
	for _, q := range quotes {
		var id string
		var who speaker
		if q.Speaker != nil {
			id, who = *q.Speaker, speakers[*q.Speaker]
		}
		rows = append(rows, []string{
			safeCell(file), q.ID, q.Kind, safeCell(q.Text),
			id, safeCell(who.name), who.typ, strconv.FormatBool(q.Anonymous),
			safeCell(spanText(q.Source)), safeCell(spanText(q.Cue)),
			formatFloat(q.Confidence), strconv.Itoa(q.Start), strconv.Itoa(q.End),
		})
	}
	return rows
}

func spanText(s *schema.Span) string {
	if s == nil {
		return ""
	}
	return s.Text
}

// formatFloat writes a number as the JSON does: the shortest form that
// reads back as the same value.
func formatFloat(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// csvRows encodes rows as CSV (RFC 4180 quoting, \n line ends).
func csvRows(rows [][]string) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.WriteAll(rows) // a bytes.Buffer does not fail
	return b.Bytes()
}

// safeCell guards a text cell against formula injection, as the page's
// CSV export does (app.safeCell; app is go-app, which the command line
// does not link): a spreadsheet opening the table would run a cell that
// starts with =, +, - or @ (or a tab or carriage return) as a formula, so
// such a cell gets a leading apostrophe, which spreadsheets read as "this
// is text" and do not show. A lone - or + is no formula and stays as it
// is: - is how standard input is named in the file column.
func safeCell(s string) string {
	if s == "-" || s == "+" {
		return s
	}
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
