package schema

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends a's JSON form to dst: the same bytes encoding/json
// writes for it (see MarshalJSON), with offsets in UTF-16 units, but
// without reflection or a copy of the Analysis. The engine sends every
// result through it; for a long article that JSON runs to megabytes.
func (a *Analysis) AppendJSON(dst []byte) []byte {
	w := jsonWriter{b: dst, off: func(i int) int { return i }}
	if a.unit == Bytes {
		w.off = byteToUTF16(a.source)
	}
	w.analysis(a)
	return w.b
}

// jsonWriter writes the schema's types; off converts an offset.
type jsonWriter struct {
	b   []byte
	off func(int) int
}

// The writer's small methods are called from hundreds of places; kept out
// of line, they cost a call each instead of a copy of append's code each,
// which matters for the engine's download size.

//go:noinline
func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }

//go:noinline
func (w *jsonWriter) int(i int) { w.b = strconv.AppendInt(w.b, int64(i), 10) }

//go:noinline
func (w *jsonWriter) offset(i int) { w.int(w.off(i)) }

//go:noinline
func (w *jsonWriter) str(s string) { w.b = appendString(w.b, s) }

//go:noinline
func (w *jsonWriter) float(f float64) { w.b = appendFloat(w.b, f) }

func (w *jsonWriter) strOrNull(s *string) {
	if s == nil {
		w.raw("null")
		return
	}
	w.str(*s)
}

func (w *jsonWriter) strings(list []string) {
	if list == nil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i, s := range list {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		w.str(s)
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) span(s *Span) {
	if s == nil {
		w.raw("null")
		return
	}
	w.raw(`{"start":`)
	w.offset(s.Start)
	w.raw(`,"end":`)
	w.offset(s.End)
	w.raw(`,"text":`)
	w.str(s.Text)
	w.raw("}")
}

// list writes n elements with item, or null for a nil slice.
func (w *jsonWriter) list(isNil bool, n int, item func(int)) {
	if isNil {
		w.raw("null")
		return
	}
	w.b = append(w.b, '[')
	for i := 0; i < n; i++ {
		if i > 0 {
			w.b = append(w.b, ',')
		}
		item(i)
	}
	w.b = append(w.b, ']')
}

func (w *jsonWriter) analysis(a *Analysis) {
	w.raw(`{"schema":`)
	w.str(a.Schema)
	w.raw(`,"language":{"code":`)
	w.str(a.Language.Code)
	w.raw(`,"confidence":`)
	w.float(a.Language.Confidence)
	w.raw(`,"prose":`)
	w.bool(a.Language.Prose)
	if a.Language.Warning != "" {
		w.raw(`,"warning":`)
		w.str(a.Language.Warning)
	}
	w.raw(`}`)
	if len(a.Repairs) > 0 {
		w.raw(`,"repairs":`)
		w.list(false, len(a.Repairs), func(i int) {
			r := &a.Repairs[i]
			w.raw(`{"kind":`)
			w.str(r.Kind)
			w.raw(`,"count":`)
			w.int(r.Count)
			w.raw(`,"message":`)
			w.str(r.Message)
			w.raw(`}`)
		})
	}
	w.raw(`,"article":{"kicker":`)
	w.span(a.Article.Kicker)
	w.raw(`,"headline":`)
	w.span(a.Article.Headline)
	w.raw(`,"standfirst":`)
	w.span(a.Article.Standfirst)
	w.raw(`,"byline":`)
	w.span(a.Article.Byline)
	w.raw(`,"dateline":`)
	if d := a.Article.Dateline; d == nil {
		w.raw("null")
	} else {
		w.raw(`{"start":`)
		w.offset(d.Start)
		w.raw(`,"end":`)
		w.offset(d.End)
		w.raw(`,"text":`)
		w.str(d.Text)
		w.raw(`,"place":`)
		w.strOrNull(d.Place)
		w.raw(`,"date":`)
		w.strOrNull(d.Date)
		w.raw(`,"agency":`)
		w.strOrNull(d.Agency)
		w.raw("}")
	}
	w.raw(`},"paragraphs":`)
	w.list(a.Paragraphs == nil, len(a.Paragraphs), func(i int) {
		p := &a.Paragraphs[i]
		w.raw(`{"start":`)
		w.offset(p.Start)
		w.raw(`,"end":`)
		w.offset(p.End)
		w.raw(`,"kind":`)
		w.str(p.Kind)
		w.raw("}")
	})
	w.raw(`,"sentences":`)
	w.list(a.Sentences == nil, len(a.Sentences), func(i int) {
		s := &a.Sentences[i]
		w.raw(`{"start":`)
		w.offset(s.Start)
		w.raw(`,"end":`)
		w.offset(s.End)
		w.raw(`,"paragraph":`)
		w.int(s.Paragraph)
		if s.Tone != nil {
			w.raw(`,"tone":`)
			w.float(*s.Tone)
		}
		w.raw("}")
	})
	w.raw(`,"entities":`)
	w.list(a.Entities == nil, len(a.Entities), func(i int) { w.entity(&a.Entities[i]) })
	w.raw(`,"quotes":`)
	w.list(a.Quotes == nil, len(a.Quotes), func(i int) { w.quote(&a.Quotes[i]) })
	w.raw(`,"sources":`)
	w.sources(a.Sources)
	w.raw(`,"readability":`)
	if r := a.Readability; r == nil {
		w.raw("null")
	} else {
		w.raw(`{"words":`)
		w.int(r.Words)
		w.raw(`,"sentences":`)
		w.int(r.Sentences)
		w.raw(`,"syllables":`)
		w.int(r.Syllables)
		w.raw(`,"complexWords":`)
		w.int(r.ComplexWords)
		w.raw(`,"polysyllables":`)
		w.int(r.Polysyllables)
		w.raw(`,"letters":`)
		w.int(r.Letters)
		w.raw(`,"fleschReadingEase":`)
		w.float(r.FleschReadingEase)
		w.raw(`,"fleschKincaidGrade":`)
		w.float(r.FleschKincaidGrade)
		w.raw(`,"gunningFog":`)
		w.float(r.GunningFog)
		w.raw(`,"smog":`)
		w.float(r.SMOG)
		w.raw(`,"colemanLiau":`)
		w.float(r.ColemanLiau)
		w.raw(`,"ari":`)
		w.float(r.ARI)
		w.raw("}")
	}
	st := &a.Stats
	w.raw(`,"stats":{"characters":`)
	w.int(st.Characters)
	w.raw(`,"words":`)
	w.int(st.Words)
	w.raw(`,"sentences":`)
	w.int(st.Sentences)
	w.raw(`,"paragraphs":`)
	w.int(st.Paragraphs)
	w.raw(`,"readingTimeMinutes":`)
	w.float(st.ReadingTimeMinutes)
	w.raw("}")
	if len(a.Keyphrases) > 0 {
		w.raw(`,"keyphrases":`)
		w.list(false, len(a.Keyphrases), func(i int) {
			w.raw(`{"text":`)
			w.str(a.Keyphrases[i].Text)
			w.raw(`,"score":`)
			w.float(a.Keyphrases[i].Score)
			w.raw(`,"occurrences":`)
			occ := a.Keyphrases[i].Occurrences
			w.list(occ == nil, len(occ), func(k int) { w.span(&occ[k]) })
			w.raw("}")
		})
	}
	if len(a.Summary) > 0 {
		w.raw(`,"summary":`)
		w.list(false, len(a.Summary), func(i int) {
			w.raw(`{"sentence":`)
			w.int(a.Summary[i].Sentence)
			w.raw(`,"text":`)
			w.str(a.Summary[i].Text)
			w.raw("}")
		})
	}
	if a.Tone != nil {
		w.raw(`,"tone":{"score":`)
		w.float(a.Tone.Score)
		w.raw(`,"label":`)
		w.str(a.Tone.Label)
		w.raw(`,"positive":`)
		w.int(a.Tone.Positive)
		w.raw(`,"negative":`)
		w.int(a.Tone.Negative)
		w.raw(`,"neutral":`)
		w.int(a.Tone.Neutral)
		w.raw(`,"markers":`)
		ms := a.Tone.Markers
		w.list(ms == nil, len(ms), func(i int) {
			m := &ms[i]
			w.raw(`{"start":`)
			w.offset(m.Start)
			w.raw(`,"end":`)
			w.offset(m.End)
			w.raw(`,"text":`)
			w.str(m.Text)
			w.raw(`,"kind":`)
			w.str(m.Kind)
			w.raw("}")
		})
		w.raw("}")
	}
	for _, vs := range []struct {
		name string
		list []Value
	}{{"dates", a.Dates}, {"figures", a.Figures}} {
		if len(vs.list) == 0 {
			continue
		}
		w.raw(`,"` + vs.name + `":`)
		w.list(false, len(vs.list), func(i int) {
			v := &vs.list[i]
			w.raw(`{"start":`)
			w.offset(v.Start)
			w.raw(`,"end":`)
			w.offset(v.End)
			w.raw(`,"text":`)
			w.str(v.Text)
			w.raw(`,"type":`)
			w.str(v.Type)
			if v.Value != "" {
				w.raw(`,"value":`)
				w.str(v.Value)
			}
			if v.Approximate {
				w.raw(`,"approximate":true`)
			}
			w.raw("}")
		})
	}
	t := &a.Timings
	w.raw(`,"timings":{"normalize":`)
	w.float(t.Normalize)
	w.raw(`,"structure":`)
	w.float(t.Structure)
	w.raw(`,"sentences":`)
	w.float(t.Sentences)
	w.raw(`,"entities":`)
	w.float(t.Entities)
	w.raw(`,"quotes":`)
	w.float(t.Quotes)
	w.raw(`,"insights":`)
	w.float(t.Insights)
	w.raw(`,"total":`)
	w.float(t.Total)
	w.raw("}}")
}

func (w *jsonWriter) entity(e *Entity) {
	w.raw(`{"id":`)
	w.str(e.ID)
	w.raw(`,"name":`)
	w.str(e.Name)
	w.raw(`,"type":`)
	w.str(e.Type)
	w.raw(`,"aliases":`)
	w.strings(e.Aliases)
	w.raw(`,"roles":`)
	w.strings(e.Roles)
	w.raw(`,"mentions":`)
	w.list(e.Mentions == nil, len(e.Mentions), func(i int) {
		m := &e.Mentions[i]
		w.raw(`{"start":`)
		w.offset(m.Start)
		w.raw(`,"end":`)
		w.offset(m.End)
		w.raw(`,"text":`)
		w.str(m.Text)
		w.raw(`,"kind":`)
		w.str(m.Kind)
		w.raw("}")
	})
	w.raw(`,"salience":`)
	w.float(e.Salience)
	if e.Tone != nil {
		w.raw(`,"tone":`)
		w.float(*e.Tone)
	}
	w.raw("}")
}

func (w *jsonWriter) quote(q *Quote) {
	w.raw(`{"id":`)
	w.str(q.ID)
	w.raw(`,"kind":`)
	w.str(q.Kind)
	w.raw(`,"text":`)
	w.str(q.Text)
	w.raw(`,"start":`)
	w.offset(q.Start)
	w.raw(`,"end":`)
	w.offset(q.End)
	w.raw(`,"speaker":`)
	w.strOrNull(q.Speaker)
	w.raw(`,"anonymous":`)
	w.bool(q.Anonymous)
	w.raw(`,"source":`)
	w.span(q.Source)
	w.raw(`,"cue":`)
	w.span(q.Cue)
	w.raw(`,"confidence":`)
	w.float(q.Confidence)
	w.raw("}")
}

func (w *jsonWriter) sources(s *Sources) {
	if s == nil {
		w.raw("null")
		return
	}
	w.raw(`{"speakers":`)
	w.list(s.Speakers == nil, len(s.Speakers), func(i int) {
		sp := &s.Speakers[i]
		w.raw(`{"entity":`)
		w.str(sp.Entity)
		w.raw(`,"name":`)
		w.str(sp.Name)
		w.raw(`,"type":`)
		w.str(sp.Type)
		if sp.Gender != "" {
			w.raw(`,"gender":`)
			w.str(sp.Gender)
		}
		w.raw(`,"quotes":`)
		w.int(sp.Quotes)
		w.raw(`,"words":`)
		w.int(sp.Words)
		w.raw(`,"share":`)
		w.float(sp.Share)
		w.raw("}")
	})
	w.raw(`,"quotedWords":`)
	w.int(s.QuotedWords)
	w.raw(`,"named":`)
	w.int(s.Named)
	w.raw(`,"anonymous":`)
	w.int(s.Anonymous)
	w.raw(`,"unattributed":`)
	w.int(s.Unattributed)
	w.raw(`,"gender":{"female":`)
	w.int(s.Gender.Female)
	w.raw(`,"male":`)
	w.int(s.Gender.Male)
	w.raw(`,"unknown":`)
	w.int(s.Gender.Unknown)
	w.raw("}}")
}

//go:noinline
func (w *jsonWriter) bool(b bool) {
	if b {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

// appendFloat formats f as encoding/json does. NaN and infinities, which
// JSON cannot hold, are written as 0: the engine never produces them.
func appendFloat(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, '0')
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// "1e-07" -> "1e-7", as encoding/json writes it.
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

const hexDigits = "0123456789abcdef"

// appendString quotes s as encoding/json does by default: control
// characters, quote and backslash escaped, <, > and & escaped for HTML,
// invalid UTF-8 as U+FFFD, and U+2028/U+2029 escaped for JavaScript.
// jsonSafe tells the ASCII bytes that a JSON string holds as they are.
var jsonSafe = func() (t [utf8.RuneSelf]bool) {
	for c := 0x20; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
