package runs

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"time"
)

// Args are the command line every Go bench program takes: the two texts,
// the plan, and where to write the Result. The report passes the same
// values to the Node driver, so every row runs the same plan.
type Args struct {
	TASS, Big string // paths of the short and the long text
	Plan      Plan
	Out       string // the Result's JSON file; "" for stdout
}

// ParseArgs reads Args from the command line.
func ParseArgs() Args {
	var a Args
	flag.StringVar(&a.TASS, "tass", "", "the short text (the TASS article)")
	flag.StringVar(&a.Big, "big", "", "the long text (prose's sherlock.txt, 580 KB)")
	flag.IntVar(&a.Plan.Warmup, "warmup", 3, "untimed TASS runs first")
	flag.DurationVar(&a.Plan.WarmupTime, "warmup-time", time.Second, "and warm up for at least this long")
	flag.IntVar(&a.Plan.TASSPerRound, "tass-per-round", 5, "timed TASS runs per round")
	flag.IntVar(&a.Plan.Rounds, "rounds", 5, "rounds at most (one long run each)")
	flag.DurationVar(&a.Plan.BigBudget, "big-budget", 30*time.Second, "time for long runs, after the first")
	flag.StringVar(&a.Out, "out", "", "write the result as JSON here (default stdout)")
	flag.Parse()
	if a.TASS == "" || a.Big == "" {
		fmt.Fprintln(os.Stderr, "-tass and -big are required")
		os.Exit(2)
	}
	return a
}

// Texts reads the two texts.
func (a Args) Texts() (tass, big string, err error) {
	t, err := os.ReadFile(a.TASS)
	if err != nil {
		return "", "", err
	}
	b, err := os.ReadFile(a.Big)
	if err != nil {
		return "", "", err
	}
	return string(t), string(b), nil
}

// Save writes r to a.Out as it stands, for a run that may be cut short;
// with no -out it does nothing (stdout gets the final result only).
func (a Args) Save(r *Result) {
	if a.Out != "" {
		a.Write(r)
	}
}

// Write writes r as JSON to a.Out (stdout when empty). A failed analyzer
// still writes its Result, with Error set, so the table can show why its
// row is empty; the exit status stays 0 for the same reason.
func (a Args) Write(r *Result) {
	b, err := json.Marshal(r)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	b = append(b, '\n')
	if a.Out == "" {
		os.Stdout.Write(b)
		return
	}
	// Written whole and renamed, so a reader never sees half a file.
	tmp := a.Out + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.Rename(tmp, a.Out); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
