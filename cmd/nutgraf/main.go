// Command nutgraf analyzes news articles from the command line, writing
// one Analysis (the JSON of package nlp/schema) per input.
//
//	nutgraf analyze [--jsonl] [--pretty] [--summary N] [FILE ...]
//	nutgraf version
//
// With no FILE, or with -, it reads standard input.
package main

import (
	"fmt"
	"io"
	"os"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

const usage = `Usage:
  nutgraf analyze [--jsonl] [--pretty] [--summary N] [FILE ...]
      Analyze each FILE (standard input when none, or for -) and write its
      Analysis as JSON, in input order. --jsonl writes one Analysis per line;
      --pretty indents; --summary N makes the summary N sentences (default 3). A file that cannot be read or analyzed gives a line
      {"file": ..., "error": ...} and exit status 1; the others still run.
  nutgraf version
      Print the version.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is the whole program, apart from the process, so tests can call it.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "analyze":
		return analyzeCmd(args[1:], stdin, stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "nutgraf %s (schema %s)\n", version, schemaVersion)
		return 0
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "nutgraf: unknown command %q\n\n%s", args[0], usage)
	return 2
}
