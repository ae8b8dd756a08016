package nercorpus

// Span is a typed token range [Start, End).
type Span struct {
	Start, End int
	Type       string
}

// Spans reads the entity spans of BIO labels (an I- without a matching
// B- starts a span, as conlleval does).
func Spans(labels []string) []Span {
	var out []Span
	for i := 0; i < len(labels); {
		if len(labels[i]) < 3 {
			i++ // "O"
			continue
		}
		typ := labels[i][2:]
		j := i + 1
		for j < len(labels) && labels[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j
	}
	return out
}

// Counts are exact-span matches of one type.
type Counts struct{ TP, FP, FN int }

// Add adds c's counts to these.
func (a *Counts) Add(c Counts) { a.TP, a.FP, a.FN = a.TP+c.TP, a.FP+c.FP, a.FN+c.FN }

// PRF is precision, recall and F1 (0 where undefined).
func (c Counts) PRF() (p, r, f float64) {
	if c.TP+c.FP > 0 {
		p = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		r = float64(c.TP) / float64(c.TP+c.FN)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Score adds one sentence's gold and predicted spans to byType.
func Score(byType map[string]*Counts, gold, pred []Span) {
	get := func(t string) *Counts {
		if byType[t] == nil {
			byType[t] = &Counts{}
		}
		return byType[t]
	}
	want := map[Span]bool{}
	for _, g := range gold {
		want[g] = true
	}
	for _, p := range pred {
		if want[p] {
			get(p.Type).TP++
			delete(want, p)
		} else {
			get(p.Type).FP++
		}
	}
	for g := range want {
		get(g.Type).FN++
	}
}
