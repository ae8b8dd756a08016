package nerfeat

// NumLabels is len(Labels).
const NumLabels = len(Labels)

// Viterbi returns the best-scoring sequence of n labels in which every
// label is Allowed after the one before it (the first after "O"), where
// score(i, prev) gives token i's scores of each label after label prev.
// The model scores a token's label from its own features plus the
// previous label's, so the best sequence is found exactly in n*7*7 steps.
//
// This is the reference the trainer (cmd/trainner) uses and the engine's
// integer version (nlp) must agree with: ties go to the lower previous
// label, then to the lower final label.
func Viterbi(n int, score func(i, prev int) [NumLabels]float64) []int {
	out := make([]int, n)
	if n == 0 {
		return out
	}
	back := make([][NumLabels]int8, n)
	var cur [NumLabels]float64
	var ok [NumLabels]bool // reachable: no I-X at the start
	s := score(0, 0)
	for l := range cur {
		ok[l] = Allowed(0, l)
		cur[l] = s[l]
	}
	for i := 1; i < n; i++ {
		var next [NumLabels]float64
		var nok [NumLabels]bool
		for p := range cur {
			if !ok[p] {
				continue
			}
			s := score(i, p)
			for l := range next {
				if Allowed(p, l) && (!nok[l] || cur[p]+s[l] > next[l]) {
					next[l], nok[l] = cur[p]+s[l], true
					back[i][l] = int8(p)
				}
			}
		}
		cur, ok = next, nok
	}
	b := -1
	for l := range cur {
		if ok[l] && (b < 0 || cur[l] > cur[b]) {
			b = l
		}
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = b
		b = int(back[i][b])
	}
	return out
}
