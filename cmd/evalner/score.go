package main

// span is a typed token range [start, end).
type span struct {
	start, end int
	typ        string
}

// spansOf reads the entity spans of BIO tags (an I- without a matching
// B- starts a span, as conlleval does).
func spansOf(tags []string) []span {
	var out []span
	for i := 0; i < len(tags); {
		t := tags[i]
		if t == "O" {
			i++
			continue
		}
		typ := t[2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, span{i, j, typ})
		i = j
	}
	return out
}

// counts are exact-span matches by type.
type counts struct{ tp, fp, fn int }

func (c counts) prf() (p, r, f float64) {
	if c.tp+c.fp > 0 {
		p = float64(c.tp) / float64(c.tp+c.fp)
	}
	if c.tp+c.fn > 0 {
		r = float64(c.tp) / float64(c.tp+c.fn)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// score adds one sentence's gold and predicted spans to byType.
func score(byType map[string]*counts, gold, pred []span) {
	get := func(t string) *counts {
		if byType[t] == nil {
			byType[t] = &counts{}
		}
		return byType[t]
	}
	want := map[span]bool{}
	for _, g := range gold {
		want[g] = true
	}
	for _, p := range pred {
		if want[p] {
			get(p.typ).tp++
			delete(want, p)
		} else {
			get(p.typ).fp++
		}
	}
	for g := range want {
		get(g.typ).fn++
	}
}
