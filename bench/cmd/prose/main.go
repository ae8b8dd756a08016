// Command prose times prose (github.com/jdkato/prose/v2) compiled
// natively, on the same texts and plan as the engine, and writes a
// runs.Result as JSON. Only bench programs import prose: the engine must
// not.
package main

import (
	"time"

	"github.com/nutgraf/nutgraf/bench/internal/prosebench"
	"github.com/nutgraf/nutgraf/bench/internal/runs"
)

func main() {
	args := runs.ParseArgs()
	r := &runs.Result{Analyzer: "prose (native)"}
	defer args.Write(r)
	tass, big, err := args.Texts()
	if err != nil {
		r.Error = err.Error()
		return
	}
	start := time.Now()
	p := prosebench.Load()
	r.LoadMs = runs.Ms(time.Since(start))
	if err := runs.Time(r, args.Plan, p.Analyze, tass, big, func() { args.Save(r) }); err != nil {
		r.Error = err.Error()
	}
}
