package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/nutgraf/nutgraf/bench/internal/runs"
)

// print writes the table, the ratios and the footer.
func (b *bench) print(w io.Writer) {
	t := b.texts
	fmt.Fprintf(w, "\nNutgraf bench: TASS article %s bytes; 580 KB text prose's sherlock.txt, %s bytes, %s words (\\S+ runs, counted once for every row)\n",
		comma(t.TASSBytes), comma(t.Bytes), comma(t.Words))
	fmt.Fprintf(w, "times are medians of warm runs, in ms; load: to a ready analyzer (Node rows: median of fresh processes)\n\n")

	head := []string{"analyzer", "load ms", "TASS ms", "580KB ms", "words/s", "download", "runs TASS/580KB", "entities in 580KB"}
	cells := [][]string{head}
	for _, name := range order {
		r := b.rows[name]
		cells = append(cells, []string{
			name, ms(r.loadMs()), ms(runs.Median(r.res.TASSMs)), ms(runs.Median(r.res.BigMs)),
			rate(b.wordsPerSec(r)), r.downloadCell(),
			fmt.Sprintf("%d/%d", len(r.res.TASSMs), len(r.res.BigMs)), count(r.res.Found, len(r.res.BigMs) > 0),
		})
	}
	writeAligned(w, cells)

	fmt.Fprintln(w)
	b.ratios(w)
	fmt.Fprintln(w)
	b.footer(w)
}

func (r *row) loadMs() float64 {
	if len(r.loads) > 0 {
		return runs.Median(r.loads)
	}
	return r.res.LoadMs
}

func (b *bench) wordsPerSec(r *row) float64 {
	m := runs.Median(r.res.BigMs)
	if m == 0 {
		return 0
	}
	return float64(b.texts.Words) / (m / 1000)
}

func (r *row) downloadCell() string {
	if r.download == nil {
		return "-"
	}
	return size(r.download.total())
}

// ratios compares every row with wink-nlp, the fastest widely used
// in-browser NLP library: speed (higher is faster), the TASS time and the
// download (lower is better for both).
func (b *bench) ratios(w io.Writer) {
	base := b.rows[wink]
	short := map[string]string{engineWasm: "engine wasm", engineNative: "engine native",
		proseNative: "prose native", proseWasm: "prose wasm", compromise: "compromise"}
	line := func(what string, f func(*row) float64) {
		bv := f(base)
		var parts []string
		for _, name := range order {
			if name == wink {
				continue
			}
			v := f(b.rows[name])
			if v == 0 || bv == 0 {
				parts = append(parts, short[name]+" -")
				continue
			}
			parts = append(parts, fmt.Sprintf("%s %sx", short[name], ratio(v/bv)))
		}
		fmt.Fprintf(w, "ratios vs wink-nlp, %s: %s\n", what, strings.Join(parts, "; "))
	}
	line("580 KB words/s (higher = faster)", b.wordsPerSec)
	line("TASS ms (lower = faster)", func(r *row) float64 { return runs.Median(r.res.TASSMs) })
	line("download (lower = smaller)", func(r *row) float64 {
		if r.download == nil {
			return 0
		}
		return float64(r.download.total())
	})
}

// footer has the figures that belong to one row, where the downloads come
// from, every row's notes and errors, and the machine.
func (b *bench) footer(w io.Writer) {
	e := b.rows[engineWasm]
	x := e.res.Extra
	fmt.Fprintf(w, "engine (wasm, Node): peak wasm memory %s after the 580 KB text (memory.buffer.byteLength; %s after load, %s at the end); start %s ms (Node process start to globalThis.Nutgraf ready, median of %d)\n",
		mib(x.MemAfterBig), mib(x.MemAfterLoad), mib(x.MemAtEnd), ms(runs.Median(e.starts)), len(e.starts))

	n := b.rows[engineNative]
	fmt.Fprintf(w, "engine (native): 580 KB at %s MB/s (GOMAXPROCS=%d), %s MB/s per core (GOMAXPROCS=1, %d runs)\n",
		mbps(b.texts.Bytes, runs.Median(n.res.BigMs)), b.env.CPUs,
		mbps(b.texts.Bytes, runs.Median(n.res.Extra.OneCoreBigMs)), len(n.res.Extra.OneCoreBigMs))

	switch p := b.page; {
	case p != nil:
		fmt.Fprintf(w, "Chromium (fresh profile): #analyze-button usable %s ms and engine ready %s ms after navigation start\n",
			ms(p.UsableMs), ms(p.ReadyMs))
		if p.ClickToResultsMs > 0 {
			fmt.Fprintf(w, "Chromium, 580 KB pasted and analyzed: click to #results %s ms; main thread meanwhile: longest task %s ms%s, %s > 50 ms; #progress showed %d distinct values (%s)\n",
				ms(p.ClickToResultsMs), longest(p.LongestTaskMs), longestWhen(p), plural(p.LongTasks, "task"), p.ProgressValues, strings.Join(p.ProgressStates, " > "))
			fmt.Fprintf(w, "Chromium, outside that span: the paste's longest task %s ms; rendering the results, longest task %s ms\n",
				longest(p.PasteLongestMs), longest(p.AfterLongestMs))
		}
		if b.pageErr != "" {
			fmt.Fprintf(w, "Chromium: %s\n", b.pageErr)
		}
	case b.pageErr != "":
		fmt.Fprintf(w, "Chromium: not measured: %s\n", b.pageErr)
	}

	fmt.Fprintln(w, "downloads (brotli, quality 11):")
	for _, name := range order {
		if d := b.rows[name].download; d != nil {
			fmt.Fprintf(w, "  %-20s %s\n", name, d)
		}
	}
	for _, name := range order {
		r := b.rows[name]
		notes := append(append([]string{}, r.notes...), r.res.Notes...)
		if r.res.Error != "" {
			notes = append(notes, "error: "+r.res.Error)
		}
		for _, s := range notes {
			fmt.Fprintf(w, "note: %s: %s\n", name, s)
		}
	}
	if len(b.contention) > 0 {
		fmt.Fprintf(w, "other processes' share of the %d CPUs while each ran (0%% = the machine was ours): %s\n",
			b.env.CPUs, strings.Join(b.contention, "; "))
	}
	m := b.env
	fmt.Fprintf(w, "machine: %d CPUs, load average %s at the start; %s; node %s; %s; plan: %d warm-up TASS runs (and >= %s) each, then %d TASS runs per round, up to %d rounds, 580 KB runs while within %s each; measuring took %s\n",
		m.CPUs, m.LoadAvg, m.Go, m.Node, m.Chromium, b.plan.Warmup, b.plan.WarmupTime, b.plan.TASSPerRound, b.plan.Rounds, b.plan.BigBudget, b.elapsed.Round(1e9))
}

// writeAligned writes cells as columns: the first left-aligned, the rest
// right-aligned, two spaces apart.
func writeAligned(w io.Writer, cells [][]string) {
	widths := make([]int, len(cells[0]))
	for _, row := range cells {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for _, row := range cells {
		var sb strings.Builder
		for i, c := range row {
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case i == 0:
				sb.WriteString(c + pad)
			default:
				sb.WriteString("  " + pad + c)
			}
		}
		fmt.Fprintln(w, sb.String())
	}
}

// longestWhen places the longest task in the click-to-result span, which
// tells whether it is the UI taking the result (at the end) or something
// else.
func longestWhen(p *browserReport) string {
	if p.LongestTaskMs == 0 {
		return ""
	}
	return fmt.Sprintf(" (from %s to %s ms after the click)", ms(p.LongestStartMs), ms(p.LongestStartMs+p.LongestTaskMs))
}
