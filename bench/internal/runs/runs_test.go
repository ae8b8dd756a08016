package runs

import (
	"testing"
	"time"
)

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{7}, 7},
		{[]float64{3, 1, 2}, 2},
		{[]float64{4, 1, 3, 2}, 2.5},
	} {
		if got := Median(c.in); got != c.want {
			t.Errorf("Median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// TestTimeBudget checks the plan: warm-ups untimed, TASS runs every round,
// and long runs stopping once the next would likely pass the budget, but
// never fewer than one. (Sleeps only ever run long, so the cases are
// chosen to hold however slow the machine is.)
func TestTimeBudget(t *testing.T) {
	const tass, big = "short", "long"
	for _, c := range []struct {
		name     string
		bigCost  time.Duration
		budget   time.Duration
		wantBig  int
		wantTASS int
	}{
		{"fast: every round", time.Millisecond, time.Second, 4, 8},
		{"slow: one long run, then stop", 30 * time.Millisecond, 10 * time.Millisecond, 1, 4},
	} {
		t.Run(c.name, func(t *testing.T) {
			calls := map[string]int{}
			fn := func(text string) (int, error) {
				calls[text]++
				if text == big {
					time.Sleep(c.bigCost)
				}
				return 1, nil
			}
			var r Result
			plan := Plan{Warmup: 3, TASSPerRound: 2, Rounds: 4, BigBudget: c.budget}
			saves := 0
			if err := Time(&r, plan, fn, tass, big, func() { saves++ }); err != nil {
				t.Fatal(err)
			}
			if len(r.BigMs) != c.wantBig || len(r.TASSMs) != c.wantTASS {
				t.Errorf("got %d long and %d TASS samples, want %d and %d", len(r.BigMs), len(r.TASSMs), c.wantBig, c.wantTASS)
			}
			if calls[tass] != 3+len(r.TASSMs) {
				t.Errorf("%d TASS calls for %d samples: want 3 untimed warm-ups", calls[tass], len(r.TASSMs))
			}
			if saves != len(r.BigMs)+len(r.TASSMs) {
				t.Errorf("saved %d times for %d samples", saves, len(r.BigMs)+len(r.TASSMs))
			}
		})
	}
}
