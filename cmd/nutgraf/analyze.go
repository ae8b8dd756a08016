package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"

	"github.com/nutgraf/nutgraf/internal/textin"
	"github.com/nutgraf/nutgraf/nlp"
)

// analyzeCmd is nutgraf analyze: it loads the models once and analyzes
// the inputs on c.jobs workers sharing one Engine (an Engine is safe for
// concurrent use: each call takes its own scratch memory from the
// engine's pool), writing the results in input order as they complete.
func analyzeCmd(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c, err := parseAnalyzeArgs(args)
	if errors.Is(err, flag.ErrHelp) {
		printManual(stdout)
		return 0
	}
	if err != nil {
		return usageError(stderr, err.Error())
	}
	inputs := listInputs(c.args, c.recursive)
	if len(c.args) == 0 && !c.list && isTerminal(stdin) {
		// Otherwise the command seems to hang.
		fmt.Fprintln(stderr, "nutgraf: reading the article from standard input (end it with Ctrl-D)")
	}
	if c.list {
		for _, in := range inputs {
			if _, err := fmt.Fprintln(stdout, in.name); err != nil {
				return writeFailed(stderr, err)
			}
		}
		return 0
	}

	eng, err := nlp.New()
	if err != nil {
		fmt.Fprintln(stderr, "nutgraf:", err)
		return 1
	}
	var out output = jsonOutput{pretty: c.pretty}
	if c.csv != "" {
		out = csvOutput{table: c.csv}
	}
	if h := out.header(); len(h) > 0 {
		if _, err := stdout.Write(h); err != nil {
			return writeFailed(stderr, err)
		}
	}
	rd := &reader{format: c.format, stdin: stdin}
	opts := nlp.Options{SummarySentences: c.summary}
	bar := c.progress == progressOn || c.progress == progressAuto && isTerminal(stderr)
	st := startStatus(stderr, bar, isTerminal(stdout), len(inputs), totalSize(inputs))

	exit := 0
	err = inOrder(len(inputs), c.jobs, 2*c.jobs,
		func(i int) outcome { return analyzeOne(eng, rd, out, opts, inputs[i]) },
		func(i int, o outcome) error {
			size := inputs[i].size
			if size < 0 {
				size = o.size
			}
			st.advance(size)
			if o.err != nil {
				exit = 1
				st.println("nutgraf: " + inputs[i].name + ": " + o.err.Error())
			}
			if len(o.out) == 0 {
				return nil
			}
			// One write per input, unbuffered: each result reaches the
			// reader of the output as soon as it is in order.
			return st.output(stdout, o.out)
		})
	st.end()
	if err != nil {
		return writeFailed(stderr, err)
	}
	return exit
}

// outcome is one input's result, ready to be written.
type outcome struct {
	out  []byte // the bytes for standard output
	err  error  // why the input failed, or nil
	size int64  // the bytes read
}

// analyzeOne reads, reduces and analyzes one input, and encodes its
// result; it runs on a worker.
func analyzeOne(eng *nlp.Engine, rd *reader, out output, opts nlp.Options, in input) (o outcome) {
	fail := func(err error) outcome {
		err = plainError(err)
		return outcome{out: out.failure(in.name, err), err: err, size: o.size}
	}
	defer func() {
		// The engine recovers its own panics; this covers reading and
		// reducing, so that no input, however malformed, stops the batch.
		if r := recover(); r != nil {
			o = fail(fmt.Errorf("internal error: %v", r))
		}
	}()
	if in.err != nil {
		return fail(in.err)
	}
	text, size, format, err := rd.text(in)
	o.size = size
	if err != nil {
		return fail(err)
	}
	a, err := eng.Analyze(text, opts)
	if err != nil {
		return fail(engineError(err, format))
	}
	b, err := out.result(in.name, a)
	if err != nil {
		return fail(err)
	}
	return outcome{out: b, size: size}
}

// engineError words the engine's refusal of an empty text for a file
// (the engine's own message speaks to someone pasting into the page).
func engineError(err error, f textin.Format) error {
	var e *nlp.Error
	if !errors.As(err, &e) || e.Code != nlp.CodeEmpty {
		return err
	}
	if f == textin.HTML {
		return errors.New("no article text in the page (a page that builds its text with JavaScript has none until it runs)")
	}
	return errors.New("no text to analyze (the input is empty or only white space)")
}

// plainError drops the path and operation from a file system error: the
// file's name is reported beside it already.
func plainError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func usageError(stderr io.Writer, msg string) int {
	fmt.Fprintf(stderr, "nutgraf: %s\n%s", msg, shortUsage)
	return 2
}

func writeFailed(stderr io.Writer, err error) int {
	fmt.Fprintln(stderr, "nutgraf: writing output:", err)
	return 1
}
