package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"

	"github.com/nutgraf/nutgraf/internal/textin"
)

// The --progress choices.
const (
	progressAuto = iota // a bar when standard error is a terminal
	progressOn
	progressOff
)

// analyzeConfig is what the analyze command's flags ask for.
type analyzeConfig struct {
	jsonl, pretty bool
	csv           string // "", "entities" or "quotes"
	summary       int
	recursive     bool
	list          bool
	jobs          int
	format        *textin.Format // nil: by extension
	progress      int
	args          []string
}

// parseAnalyzeArgs reads the analyze command's flags. Flags may come
// before, between or after the files, as in most command-line tools;
// after --, every argument is a file. It returns flag.ErrHelp for
// --help, and an error that says what is wrong for a usage error.
func parseAnalyzeArgs(args []string) (*analyzeConfig, error) {
	c := &analyzeConfig{jobs: runtime.GOMAXPROCS(0)}
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(io.Discard) // the caller reports errors, and --help
	fs.Usage = func() {}
	fs.BoolVar(&c.jsonl, "jsonl", false, "")
	fs.BoolVar(&c.pretty, "pretty", false, "")
	fs.StringVar(&c.csv, "csv", "", "")
	fs.IntVar(&c.summary, "summary", 0, "")
	fs.BoolVar(&c.recursive, "r", false, "")
	fs.BoolVar(&c.recursive, "recursive", false, "")
	fs.BoolVar(&c.list, "list", false, "")
	fs.IntVar(&c.jobs, "j", c.jobs, "")
	fs.IntVar(&c.jobs, "jobs", c.jobs, "")
	fs.Func("format", "", func(s string) error {
		f, ok := textin.ParseFormat(s)
		if !ok {
			return fmt.Errorf("%q is not a format: text, markdown or html", s)
		}
		c.format = &f
		return nil
	})
	fs.BoolFunc("progress", "", func(string) error { c.progress = progressOn; return nil })
	fs.BoolFunc("no-progress", "", func(string) error { c.progress = progressOff; return nil })

	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if used := args[:len(args)-len(rest)]; len(used) > 0 && used[len(used)-1] == "--" {
			c.args = append(c.args, rest...)
			break
		}
		if len(rest) == 0 {
			break
		}
		c.args = append(c.args, rest[0])
		args = rest[1:]
	}

	switch {
	case c.summary < 0:
		return nil, errors.New("--summary needs a number of sentences, 0 or more")
	case c.jobs < 1:
		return nil, errors.New("--jobs needs a number of workers, 1 or more")
	case c.jsonl && c.pretty:
		return nil, errors.New("--jsonl and --pretty do not go together (a pretty document spans lines)")
	case c.csv != "" && c.csv != "entities" && c.csv != "quotes":
		return nil, fmt.Errorf("--csv %q: the tables are entities and quotes", c.csv)
	case c.csv != "" && (c.jsonl || c.pretty):
		return nil, errors.New("--csv writes a table, not JSON: leave out --jsonl and --pretty")
	}
	return c, nil
}
