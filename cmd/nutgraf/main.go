// Command nutgraf analyzes news articles from the command line: plain
// text, Markdown or HTML files, or folders of them, in parallel, writing
// each one's Analysis (the JSON of package nlp/schema) in input order, or
// CSV tables of their entities or quotes.
//
//	nutgraf analyze [--jsonl | --pretty | --csv entities|quotes] [-r] [FILE | DIR | -] ...
//	nutgraf version
//	nutgraf help
//
// With no FILE, or with -, it reads standard input. nutgraf help prints
// the full manual (help.go).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process, so tests can call it.
// It returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, shortUsage)
		return 2
	}
	switch args[0] {
	case "analyze":
		return analyzeCmd(args[1:], stdin, stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "nutgraf %s (schema %s)\n", versionString(), schema.Version)
		return 0
	case "help", "-h", "-help", "--help":
		printManual(stdout)
		return 0
	}
	return usageError(stderr, fmt.Sprintf("unknown command %q", args[0]))
}
