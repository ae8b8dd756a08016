// Command cli measures the nutgraf command's batch throughput: it builds
// a corpus of at least -min-mb MB by copying the articles of -articles
// (each *.txt but README.txt) into a directory as separate files, round
// after round, then times `nutgraf analyze --jsonl -r` over it under each
// GOMAXPROCS of -procs, and prints wall time, MB/s and files/s, with the
// machine's load average, which says how much other work shared the
// cores. make bench-cli builds the command and runs this.
//
// The wall time is the whole command, as a user waits for it: loading the
// models, walking the directory, analyzing, and writing the JSON (read
// and counted here, then thrown away). MB are 2^20 bytes.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

func main() {
	bin := flag.String("bin", "", "the nutgraf binary to time")
	articles := flag.String("articles", "../shared/articles", "the articles to copy into the corpus")
	minMB := flag.Float64("min-mb", 10, "the corpus's least size in MB")
	procs := flag.String("procs", "1,2", "the GOMAXPROCS values to time, comma-separated")
	runs := flag.Int("runs", 3, "runs per GOMAXPROCS value; the best and the median are reported")
	dir := flag.String("dir", "", "where to build the corpus (default: a new temporary directory, removed at the end)")
	flag.Parse()
	if *bin == "" {
		fail("-bin is required")
	}
	work := *dir
	if work == "" {
		var err error
		if work, err = os.MkdirTemp("", "nutgraf-bench-cli"); err != nil {
			fail(err.Error())
		}
		defer os.RemoveAll(work)
	}
	corpus := filepath.Join(work, "corpus")
	files, size, rounds, sources, err := buildCorpus(*articles, corpus, int64(*minMB*(1<<20)))
	if err != nil {
		fail(err.Error())
	}
	version, _ := exec.Command(*bin, "version").Output()
	fmt.Printf("nutgraf:  %s", version)
	fmt.Printf("corpus:   %d files, %.1f MB: the %d articles of %s, copied %d times\n", files, mb(size), sources, *articles, rounds)
	fmt.Printf("command:  GOMAXPROCS=N %s analyze --jsonl --no-progress -r %s > (counted, discarded)\n", *bin, corpus)
	fmt.Printf("load average before: %s\n\n", loadAverage())

	fmt.Printf("%-10s %-5s %-22s %-12s %-10s\n", "GOMAXPROCS", "runs", "wall best / median", "MB/s (best)", "files/s (best)")
	best := map[int]time.Duration{}
	for _, field := range strings.Split(*procs, ",") {
		p, err := strconv.Atoi(strings.TrimSpace(field))
		if err != nil || p < 1 {
			fail(fmt.Sprintf("-procs: %q is not a number of cores", field))
		}
		var walls []time.Duration
		for range *runs {
			wall, err := timeRun(*bin, corpus, p, files)
			if err != nil {
				fail(err.Error())
			}
			walls = append(walls, wall)
		}
		slices.Sort(walls)
		b, med := walls[0], walls[len(walls)/2]
		best[p] = b
		fmt.Printf("%-10d %-5d %-22s %-12.2f %-10.0f\n", p, len(walls),
			fmt.Sprintf("%.2fs / %.2fs", b.Seconds(), med.Seconds()), mb(size)/b.Seconds(), float64(files)/b.Seconds())
	}
	fmt.Printf("\nload average after: %s\n", loadAverage())
	if one, ok := best[1]; ok {
		for _, p := range slices.Sorted(maps.Keys(best)) {
			if p != 1 {
				fmt.Printf("speed-up, GOMAXPROCS=%d against 1 (best runs): %.2fx\n", p, one.Seconds()/best[p].Seconds())
			}
		}
	}
}

// buildCorpus copies the articles into dir, round after round (as
// r000-name.txt, r001-name.txt, ...), until the copies reach min bytes.
// The same articles and min give the same corpus.
func buildCorpus(articles, dir string, min int64) (files int, size int64, rounds, sources int, err error) {
	names, err := filepath.Glob(filepath.Join(articles, "*.txt"))
	if err != nil {
		return 0, 0, 0, 0, err
	}
	var texts [][]byte
	var bases []string
	for _, name := range names {
		if filepath.Base(name) == "README.txt" {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return 0, 0, 0, 0, err
		}
		texts, bases = append(texts, data), append(bases, filepath.Base(name))
	}
	if len(texts) == 0 {
		return 0, 0, 0, 0, fmt.Errorf("no articles (*.txt) in %s", articles)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, 0, 0, 0, err
	}
	for rounds = 0; size < min; rounds++ {
		for i, text := range texts {
			name := filepath.Join(dir, fmt.Sprintf("r%03d-%s", rounds, bases[i]))
			if err := os.WriteFile(name, text, 0o644); err != nil {
				return 0, 0, 0, 0, err
			}
			files++
			size += int64(len(text))
		}
	}
	return files, size, rounds, len(texts), nil
}

// timeRun runs the command once and checks that it wrote one Analysis per
// file and no error line.
func timeRun(bin, corpus string, procs, files int) (time.Duration, error) {
	cmd := exec.Command(bin, "analyze", "--jsonl", "--no-progress", "-r", corpus)
	cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(procs))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	lines, errorLines, err := countLines(out)
	if err != nil {
		return 0, err
	}
	if err := cmd.Wait(); err != nil {
		return 0, fmt.Errorf("GOMAXPROCS=%d: %v: %s", procs, err, stderr.String())
	}
	wall := time.Since(start)
	if lines != files || errorLines > 0 {
		return 0, fmt.Errorf("GOMAXPROCS=%d: %d lines (%d errors) for %d files", procs, lines, errorLines, files)
	}
	return wall, nil
}

func countLines(r io.Reader) (lines, errorLines int, err error) {
	br := bufio.NewReaderSize(r, 1<<20)
	for {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			lines++
			if bytes.HasPrefix(line, []byte(`{"file":`)) {
				errorLines++
			}
		}
		for err == bufio.ErrBufferFull { // a long Analysis: read on to its end
			_, err = br.ReadSlice('\n')
		}
		if err == io.EOF {
			return lines, errorLines, nil
		}
		if err != nil {
			return lines, errorLines, err
		}
	}
}

// loadAverage is the 1, 5 and 15 minute load averages (Linux), or a note.
func loadAverage() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "(unknown: no /proc/loadavg)"
	}
	f := strings.Fields(string(data))
	if len(f) < 3 {
		return "(unknown)"
	}
	return strings.Join(f[:3], " ")
}

func mb(n int64) float64 { return float64(n) / (1 << 20) }

func fail(msg string) {
	fmt.Fprintln(os.Stderr, "bench/cmd/cli:", msg)
	os.Exit(1)
}
