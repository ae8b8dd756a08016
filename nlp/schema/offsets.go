package schema

import (
	"errors"
	"unicode/utf8"
)

// Unit is what an Analysis's Start/End offsets count.
type Unit int

const (
	// UTF16 code units: the JSON form, and the zero value, so that an
	// Analysis decoded from JSON (into a new, zero Analysis) is right
	// without further work. (There is deliberately no UnmarshalJSON: it
	// would link encoding/json, and with it fmt and reflect's method
	// tables, into the engine, which never decodes: 115 KB of wasm.)
	UTF16 Unit = iota
	// Bytes of the UTF-8 text: the Go form produced by the engine.
	Bytes
)

// SetSource records that a's offsets are byte offsets into text. The engine
// calls it; MarshalJSON then converts the offsets to UTF-16.
func (a *Analysis) SetSource(text string) {
	a.unit = Bytes
	a.source = text
}

// Unit reports what a's offsets count.
func (a *Analysis) Unit() Unit { return a.unit }

// MarshalJSON writes a with UTF-16 offsets (see AppendJSON); a itself is
// left unchanged.
func (a Analysis) MarshalJSON() ([]byte, error) {
	return a.AppendJSON(nil), nil
}

// ToBytes converts a's UTF-16 offsets into byte offsets of text, the text
// the Analysis was made from. It fails if text does not fit the offsets.
func (a *Analysis) ToBytes(text string) error {
	if a.unit == Bytes {
		return nil
	}
	m, n := utf16ToByte(text)
	bad := false
	a.convert(func(off int) int {
		if off < 0 || off > n {
			bad = true
			return off
		}
		return m(off)
	})
	if bad {
		return errors.New("schema: offsets do not fit the text")
	}
	a.SetSource(text)
	return nil
}

// ToUTF16 converts a's byte offsets into UTF-16 code units, the units of
// its JSON form, for a consumer that hands the Analysis on in that form
// without going through JSON (the command line's CSV tables, which give
// the same offsets as the JSON). It does nothing to an Analysis already in
// UTF-16 units.
func (a *Analysis) ToUTF16() {
	if a.unit == UTF16 {
		return
	}
	a.convert(byteToUTF16(a.source))
	a.unit = UTF16
	a.source = ""
}

// convert maps every offset in a through f.
func (a *Analysis) convert(f func(int) int) {
	span := func(s *Span) {
		if s != nil {
			s.Start, s.End = f(s.Start), f(s.End)
		}
	}
	ar := &a.Article
	span(ar.Kicker)
	span(ar.Headline)
	span(ar.Standfirst)
	span(ar.Byline)
	if d := ar.Dateline; d != nil {
		d.Start, d.End = f(d.Start), f(d.End)
	}
	for i := range a.Paragraphs {
		p := &a.Paragraphs[i]
		p.Start, p.End = f(p.Start), f(p.End)
	}
	for i := range a.Sentences {
		s := &a.Sentences[i]
		s.Start, s.End = f(s.Start), f(s.End)
	}
	for i := range a.Entities {
		for j := range a.Entities[i].Mentions {
			m := &a.Entities[i].Mentions[j]
			m.Start, m.End = f(m.Start), f(m.End)
		}
	}
	for i := range a.Quotes {
		q := &a.Quotes[i]
		q.Start, q.End = f(q.Start), f(q.End)
		span(q.Source)
		span(q.Cue)
	}
	for _, vs := range [][]Value{a.Dates, a.Figures} {
		for i := range vs {
			vs[i].Start, vs[i].End = f(vs[i].Start), f(vs[i].End)
		}
	}
	for i := range a.Keyphrases {
		for k := range a.Keyphrases[i].Occurrences {
			span(&a.Keyphrases[i].Occurrences[k])
		}
	}
	if a.Tone != nil {
		for i := range a.Tone.Markers {
			m := &a.Tone.Markers[i]
			m.Start, m.End = f(m.Start), f(m.End)
		}
	}
}

// byteToUTF16 returns a function mapping a byte offset of text to its
// UTF-16 offset. Offsets inside a rune map to the rune's start.
func byteToUTF16(text string) func(int) int {
	table := make([]int32, len(text)+1)
	u := int32(0)
	for i := 0; i < len(text); {
		if text[i] < utf8.RuneSelf { // most text: one byte, one unit
			table[i] = u
			u++
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		for k := 0; k < size; k++ {
			table[i+k] = u
		}
		if r >= 0x10000 {
			u += 2
		} else {
			u++
		}
		i += size
	}
	table[len(text)] = u
	return func(off int) int {
		if off < 0 {
			return 0
		}
		if off > len(text) {
			off = len(text)
		}
		return int(table[off])
	}
}

// utf16ToByte returns a function mapping a UTF-16 offset of text to its byte
// offset, and the text's length in UTF-16 units.
func utf16ToByte(text string) (func(int) int, int) {
	table := make([]int32, 0, len(text)+1)
	for i, r := range text {
		table = append(table, int32(i))
		if r >= 0x10000 {
			table = append(table, int32(i)) // second surrogate: same rune
		}
	}
	table = append(table, int32(len(text)))
	n := len(table) - 1
	return func(off int) int { return int(table[off]) }, n
}
