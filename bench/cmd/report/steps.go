package main

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/nutgraf/nutgraf/bench/internal/runs"
)

// bench is one make bench run: its inputs and the rows as they fill.
type bench struct {
	dist, bin string
	nodeDir   string // bench/node, the Node scripts
	plan      runs.Plan
	deadline  time.Duration
	texts     texts
	env       machine
	rows      map[string]*row
	page      *browserReport // nil until measured
	pageErr   string
	// contention says, per program, how much of the machine other
	// processes used while it ran.
	contention []string
	elapsed    time.Duration
}

// row is one analyzer's line of the table.
type row struct {
	name     string
	res      runs.Result
	loads    []float64 // fresh-process load times (Node rows)
	starts   []float64 // fresh-process start times (Node rows)
	download *download
	notes    []string
}

// out is the path of a result file, removed first so a stale one from an
// earlier run is never read.
func (b *bench) out(name string) string {
	p := filepath.Join(b.bin, name+".json")
	os.Remove(p)
	return p
}

func (b *bench) nodeCfg(mode, out string, names ...string) map[string]any {
	n := make([]string, len(names))
	for i, name := range names {
		n[i] = nodeName[name]
	}
	return map[string]any{
		"mode": mode, "names": n, "out": out,
		"tass": b.texts.TASS, "big": b.texts.Big,
		"dist": b.dist, "proseWasm": filepath.Join(b.bin, "prose.wasm"),
		"plan": map[string]any{
			"warmup":       b.plan.Warmup,
			"warmupMs":     b.plan.WarmupTime.Milliseconds(),
			"tassPerRound": b.plan.TASSPerRound,
			"rounds":       b.plan.Rounds,
			"bigBudgetMs":  b.plan.BigBudget.Milliseconds(),
		},
	}
}

// nodeLoads times each Node row's load in fresh processes, interleaved
// (A B C D A B C D ...), so that no analyzer profits from another's warm
// caches and each load includes reading its files as a page would.
func (b *bench) nodeLoads(n int) {
	names := []string{engineWasm, wink, compromise, proseWasm}
	logf("load times: %d fresh Node processes per analyzer", n)
	for i := range n {
		for _, name := range names {
			out := b.out(fmt.Sprintf("load-%s-%d", nodeName[name], i))
			r := b.rows[name]
			res, err := b.nodeOnce("", b.nodeCfg("load", out, name), out, time.Minute)
			if err != nil {
				r.note("load: %v", err)
				continue
			}
			if len(res) == 1 && res[0].Error == "" {
				r.loads = append(r.loads, res[0].LoadMs)
				r.starts = append(r.starts, res[0].Extra.StartMs)
				r.res.Extra.MemAfterLoad = res[0].Extra.MemAfterLoad
			} else if len(res) == 1 {
				r.note("load: %s", res[0].Error)
			}
		}
	}
}

// nodeOnce runs measure.js and reads its results.
func (b *bench) nodeOnce(label string, cfg map[string]any, out string, deadline time.Duration) ([]runs.Result, error) {
	timedOut, err := b.node(label, "measure.js", cfg, deadline)
	if err != nil {
		return nil, err
	}
	var res []runs.Result
	if err := readJSON(out, &res); err != nil {
		if timedOut {
			return nil, fmt.Errorf("stopped at the %s deadline before any result", deadline)
		}
		return nil, err
	}
	if timedOut {
		for i := range res {
			res[i].Notes = append(res[i].Notes, fmt.Sprintf("stopped at the %s deadline: partial samples", deadline))
		}
	}
	return res, nil
}

// nodeRun times names in one Node process, alternating.
func (b *bench) nodeRun(label, file string, names ...string) {
	logf("timing %v in one Node process, alternating", names)
	out := b.out(file)
	res, err := b.nodeOnce(label, b.nodeCfg("run", out, names...), out, b.deadline)
	if err != nil {
		for _, name := range names {
			b.rows[name].res.Error = err.Error()
		}
		return
	}
	for i, name := range names {
		if i >= len(res) {
			break
		}
		r := b.rows[name]
		memLoad := r.res.Extra.MemAfterLoad
		r.res = res[i]
		if memLoad != 0 { // the fresh process's, before any analysis
			r.res.Extra.MemAfterLoad = memLoad
		}
	}
}

// native runs a Go program from bin (native or prose).
func (b *bench) native(program, name string) {
	logf("timing %s", name)
	out := b.out(program)
	p := b.plan
	r := b.rows[name]
	timedOut, err := b.run(name, b.deadline, filepath.Join(b.bin, program),
		"-tass", b.texts.TASS, "-big", b.texts.Big, "-out", out,
		"-warmup", fmt.Sprint(p.Warmup), "-warmup-time", p.WarmupTime.String(),
		"-tass-per-round", fmt.Sprint(p.TASSPerRound),
		"-rounds", fmt.Sprint(p.Rounds), "-big-budget", p.BigBudget.String())
	if err != nil {
		r.res.Error = err.Error()
		return
	}
	if err := readJSON(out, &r.res); err != nil {
		r.res.Error = err.Error()
		return
	}
	if timedOut {
		r.note("stopped at the %s deadline: partial samples", b.deadline)
	}
}

func (r *row) note(format string, args ...any) {
	r.notes = append(r.notes, fmt.Sprintf(format, args...))
}
