package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/nutgraf/nutgraf/nlp"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

const schemaVersion = schema.Version

// analyzeCmd loads the models once and analyzes each input in order.
func analyzeCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("analyze", flag.ContinueOnError)
	fs.SetOutput(stderr)
	jsonl := fs.Bool("jsonl", false, "write one Analysis per line")
	pretty := fs.Bool("pretty", false, "indent the JSON")
	summary := fs.Int("summary", 0, "sentences in the summary (0: the engine's default, 3)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *summary < 0 {
		fmt.Fprintln(stderr, "nutgraf: --summary needs a number of sentences, 0 or more")
		return 2
	}
	if *jsonl && *pretty {
		fmt.Fprintln(stderr, "nutgraf: --jsonl and --pretty do not go together (a pretty document spans lines)")
		return 2
	}
	files := fs.Args()
	if len(files) == 0 {
		files = []string{"-"}
	}
	eng, err := nlp.New()
	if err != nil {
		fmt.Fprintln(stderr, "nutgraf:", err)
		return 1
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if *pretty {
		enc.SetIndent("", "  ")
	}
	status := 0
	for _, name := range files {
		a, err := analyzeFile(eng, name, stdin, nlp.Options{SummarySentences: *summary})
		if err != nil {
			status = 1
			if err := enc.Encode(fileError{File: name, Error: err.Error()}); err != nil {
				return writeFailed(stderr, err)
			}
			continue
		}
		if err := enc.Encode(a); err != nil {
			return writeFailed(stderr, err)
		}
	}
	if err := out.Flush(); err != nil {
		return writeFailed(stderr, err)
	}
	return status
}

// fileError is the line written for an input that failed.
type fileError struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

func analyzeFile(eng *nlp.Engine, name string, stdin io.Reader, opts nlp.Options) (*schema.Analysis, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = io.ReadAll(io.LimitReader(stdin, nlp.MaxInputBytes+1))
	} else {
		data, err = readLimited(name)
	}
	if err != nil {
		return nil, err
	}
	return eng.Analyze(string(data), opts)
}

// readLimited reads a file, refusing one over the engine's limit before
// reading it all into memory.
func readLimited(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a directory", name)
	}
	return io.ReadAll(io.LimitReader(f, nlp.MaxInputBytes+1))
}

func writeFailed(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "nutgraf: writing output:", err)
	return 1
}
