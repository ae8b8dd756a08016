// Command report runs every measurement of make bench and prints one
// table: Nutgraf's engine (wasm under Node, native) beside prose (native
// and wasm), wink-nlp and compromise, on the same two texts, then ratios
// against wink-nlp and the figures only one row has (engine memory and
// start, per-core speed, the page in Chromium).
//
// It expects what the Makefile's bench target builds: the site in -dist
// and the bench programs in -bin. Each measurement is a program of its
// own, run one after another (never two at once: they would share the two
// cores), each writing its samples as JSON into -bin.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/nutgraf/nutgraf/bench/internal/runs"
)

// Row names, in table order.
const (
	engineWasm   = "engine (wasm, Node)"
	engineNative = "engine (native)"
	proseNative  = "prose (native)"
	proseWasm    = "prose (wasm, Node)"
	wink         = "wink-nlp"
	compromise   = "compromise"
)

var order = []string{engineWasm, engineNative, proseNative, proseWasm, wink, compromise}

// Node's names for its rows (bench/node/contenders.js).
var nodeName = map[string]string{engineWasm: "engine", proseWasm: "prose", wink: "wink", compromise: "compromise"}

func main() {
	dist := flag.String("dist", "dist", "the built site (make build)")
	bin := flag.String("bin", "bench/out", "the built bench programs; results are written here too")
	plan := runs.Plan{}
	flag.IntVar(&plan.Warmup, "warmup", 3, "untimed TASS runs per analyzer first")
	flag.DurationVar(&plan.WarmupTime, "warmup-time", time.Second, "and warm up each analyzer for at least this long")
	flag.IntVar(&plan.TASSPerRound, "tass-per-round", 5, "timed TASS runs per analyzer per round")
	flag.IntVar(&plan.Rounds, "rounds", 5, "rounds at most; one 580 KB run per analyzer each")
	flag.DurationVar(&plan.BigBudget, "big-budget", 20*time.Second, "per analyzer: no further 580 KB run once the next would likely pass this")
	loads := flag.Int("loads", 7, "fresh Node processes per analyzer for its load time (a median of 7 stands up to a busy moment of a shared machine)")
	deadline := flag.Duration("deadline", 5*time.Minute, "kill a measuring program still running after this")
	browser := flag.Bool("browser", true, "measure the page in Chromium too")
	chrome := flag.String("chrome", "/usr/bin/chromium", "the Chromium binary")
	flag.Parse()

	repo, err := os.Getwd()
	if err != nil {
		fatal(err)
	}
	abs := func(p string) string {
		a, err := filepath.Abs(p)
		if err != nil {
			fatal(err)
		}
		return a
	}
	b := &bench{dist: abs(*dist), bin: abs(*bin), nodeDir: filepath.Join(repo, "bench", "node"),
		plan: plan, deadline: *deadline, rows: map[string]*row{}}
	for _, name := range order {
		b.rows[name] = &row{name: name}
	}
	if b.texts, err = findTexts(repo); err != nil {
		fatal(err)
	}
	b.env = describeMachine()
	if *browser {
		b.env.Chromium = output(*chrome, "--version")
	}

	logf("download sizes (brotli; a new prose.wasm takes ~30 s to compress, then it is cached)")
	dls, err := b.downloads(filepath.Join(b.bin, "prose.wasm"))
	if err != nil {
		fatal(err)
	}
	for name, d := range dls {
		b.rows[name].download = &d
	}

	start := time.Now()
	b.nodeLoads(*loads)
	b.nodeRun("engine wasm + wink + compromise", "node-run", engineWasm, wink, compromise)
	b.nodeRun(proseWasm, "node-prose", proseWasm)
	b.native("native", engineNative)
	b.native("prose", proseNative)
	if *browser {
		b.chromium(repo, *chrome)
	}
	b.elapsed = time.Since(start)

	b.print(os.Stdout)
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "bench:", err)
	os.Exit(1)
}
