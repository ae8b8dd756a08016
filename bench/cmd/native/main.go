// Command native times Nutgraf's engine compiled natively: nlp.New, then
// Analyze on the TASS article and on the 580 KB text, then the long text
// again on one core (GOMAXPROCS=1) for a per-core MB/s. It writes a
// runs.Result as JSON.
//
// Analyze is timed without encoding its JSON: native callers (the CLI,
// Go embedders) get the Go value; the wasm row includes the encoding
// because that is what globalThis.Nutgraf.analyze returns.
package main

import (
	"runtime"
	"time"

	"github.com/nutgraf/nutgraf/bench/internal/runs"
	"github.com/nutgraf/nutgraf/nlp"
)

func main() {
	args := runs.ParseArgs()
	r := &runs.Result{Analyzer: "engine (native)"}
	defer args.Write(r)
	tass, big, err := args.Texts()
	if err != nil {
		r.Error = err.Error()
		return
	}

	start := time.Now()
	eng, err := nlp.New()
	r.LoadMs = runs.Ms(time.Since(start))
	if err != nil {
		r.Error = "nlp.New: " + err.Error()
		return
	}
	analyze := func(text string) (int, error) {
		a, err := eng.Analyze(text, nlp.Options{})
		if err != nil {
			return 0, err
		}
		return len(a.Entities), nil
	}
	if err := runs.Time(r, args.Plan, analyze, tass, big, func() { args.Save(r) }); err != nil {
		r.Error = err.Error()
		return
	}

	// Per core: the same long text with the scheduler held to one P, so
	// the garbage collector's background work competes with the analysis
	// instead of running on the second core.
	procs := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(procs)
	one := runs.Result{}
	plan := runs.Plan{Rounds: 3, BigBudget: args.Plan.BigBudget / 2}
	save := func() { r.Extra.OneCoreBigMs = one.BigMs; args.Save(r) }
	if err := runs.Time(&one, plan, analyze, tass, big, save); err != nil {
		r.Error = "GOMAXPROCS=1: " + err.Error()
		return
	}
}
