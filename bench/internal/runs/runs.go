// Package runs is the timing contract shared by every bench program: how
// an analyzer is warmed up and timed, and the JSON sample set each program
// hands to the report. The Node driver (bench/node/measure.js) writes the
// same JSON, so the report treats Go, wasm and JavaScript rows alike.
package runs

import (
	"slices"
	"time"
)

// Result is one analyzer's samples, in milliseconds. Every sample is kept
// (not just a median) so the report can say how many runs a figure rests on.
type Result struct {
	Analyzer string    `json:"analyzer"`
	LoadMs   float64   `json:"loadMs"`          // to a ready-to-use analyzer
	TASSMs   []float64 `json:"tassMs"`          // warm runs on the TASS article
	BigMs    []float64 `json:"bigMs"`           // warm runs on the 580 KB text
	Found    int       `json:"found"`           // entities found in the 580 KB text: a sanity check that work was done
	Error    string    `json:"error,omitempty"` // why the samples are missing or partial
	Notes    []string  `json:"notes,omitempty"` // anything the reader of the table should know
	Extra    Extra     `json:"extra,omitzero"`  // figures only some rows have
}

// Extra holds the figures that belong to one row only.
type Extra struct {
	OneCoreBigMs []float64 `json:"oneCoreBigMs,omitempty"` // native engine, GOMAXPROCS=1
	MemAfterLoad float64   `json:"memAfterLoadMB,omitempty"`
	MemAfterBig  float64   `json:"memAfterBigMB,omitempty"` // wasm memory after the first 580 KB run: its peak
	MemAtEnd     float64   `json:"memAtEndMB,omitempty"`
	StartMs      float64   `json:"startMs,omitempty"` // process start to ready (Node)
}

// Plan says how much to run. Long texts are budgeted by time so that a
// slow analyzer gets fewer runs rather than stretching make bench past
// its few minutes; at least one long run is always made.
type Plan struct {
	Warmup       int           // untimed TASS runs first: JITs, caches, heap growth
	WarmupTime   time.Duration // and for at least this long: V8 tiers wasm up to optimized code only after a function has run a while
	TASSPerRound int           // timed TASS runs per round
	Rounds       int           // at most this many rounds
	BigBudget    time.Duration // start no further long run once the long runs so far, plus one more, would exceed this
}

// Analyze analyzes one text and returns how many entities it found.
type Analyze func(text string) (found int, err error)

// Time runs plan for fn into r: warm-ups, then rounds of TASS runs and one
// long run each, until the rounds or the long-text budget run out. save,
// if not nil, is called after each sample, so that a program stopped at
// the report's deadline leaves what it measured.
func Time(r *Result, plan Plan, fn Analyze, tass, big string, save func()) error {
	if save == nil {
		save = func() {}
	}
	warm := time.Now()
	for i := 0; i < plan.Warmup || time.Since(warm) < plan.WarmupTime; i++ {
		if _, err := fn(tass); err != nil {
			return err
		}
	}
	var spent time.Duration
	for round := range plan.Rounds {
		for range plan.TASSPerRound {
			d, _, err := once(fn, tass)
			if err != nil {
				return err
			}
			r.TASSMs = append(r.TASSMs, ms(d))
			save()
		}
		if round > 0 && spent+spent/time.Duration(round) > plan.BigBudget {
			break
		}
		d, found, err := once(fn, big)
		if err != nil {
			return err
		}
		spent += d
		r.BigMs = append(r.BigMs, ms(d))
		r.Found = found
		save()
	}
	return nil
}

func once(fn Analyze, text string) (time.Duration, int, error) {
	start := time.Now()
	found, err := fn(text)
	return time.Since(start), found, err
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Ms converts a duration to the milliseconds a Result holds.
func Ms(d time.Duration) float64 { return ms(d) }

// Median is the middle sample (the mean of the two middle ones for an even
// count); NaN-free: 0 for no samples.
func Median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	n := len(s)
	if n%2 == 1 {
		return s[n/2]
	}
	return (s[n/2-1] + s[n/2]) / 2
}
