package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"
)

// redrawEvery is how often the bar is redrawn: often enough to look alive,
// seldom enough to cost nothing.
const redrawEvery = 100 * time.Millisecond

// barWidth is the bar's width in characters; with the counts and rates
// the line stays within 80 columns.
const barWidth = 20

// progressState is what the bar shows.
type progressState struct {
	done, total int
	// bytes of the inputs done, and of all inputs (-1 when some size is
	// unknown, as standard input's is).
	bytes, totalBytes int64
	elapsed           time.Duration
}

// renderBar draws the state as one line:
//
//	[########............] 412/1000 files  3.1 MB/s  ETA 12s
//
// The bar counts files, as the numbers beside it do. The time left is
// worked out from bytes when every input's size is known (a long file
// takes longer), else from files. MB are 2^20 bytes, as in the engine's
// size limit.
func renderBar(s progressState) string {
	filled := 0
	if s.total > 0 {
		filled = barWidth * s.done / s.total
	}
	rate := 0.0
	if secs := s.elapsed.Seconds(); secs > 0 {
		rate = float64(s.bytes) / (1 << 20) / secs
	}
	return fmt.Sprintf("[%s%s] %d/%d files  %.1f MB/s  ETA %s",
		strings.Repeat("#", filled), strings.Repeat(".", barWidth-filled),
		s.done, s.total, rate, eta(s))
}

// eta estimates the time left at the pace so far.
func eta(s progressState) string {
	var left time.Duration
	switch {
	case s.done >= s.total:
		return "0s"
	case s.totalBytes > 0 && s.bytes > 0:
		left = time.Duration(float64(s.elapsed) * float64(s.totalBytes-s.bytes) / float64(s.bytes))
	case s.done > 0:
		left = time.Duration(float64(s.elapsed) * float64(s.total-s.done) / float64(s.done))
	default:
		return "--"
	}
	left = max(left, 0).Round(time.Second)
	switch {
	case left < time.Minute:
		return fmt.Sprintf("%ds", int(left.Seconds()))
	case left < time.Hour:
		return fmt.Sprintf("%dm%02ds", int(left.Minutes()), int(left.Seconds())%60)
	}
	return fmt.Sprintf("%dh%02dm", int(left.Hours()), int(left.Minutes())%60)
}

// status is standard error while inputs are analyzed: it writes messages
// and, when enabled, keeps a progress bar on the last line, redrawn in
// place with \r, moved aside for each message and cleared at the end.
type status struct {
	w   io.Writer
	bar bool
	// outShared is set when standard output is the terminal the bar is
	// on: the bar is then cleared before each output, which would
	// otherwise run on from the bar's line.
	outShared bool

	mu    sync.Mutex
	state progressState
	start time.Time
	drawn int // the width of the bar on screen, 0 when none is
	quit  chan struct{}
	ended chan struct{}
}

// startStatus starts redrawing the bar, when bar is set, for total inputs
// of totalBytes bytes (-1 when unknown). outShared says that standard
// output is the same terminal.
func startStatus(w io.Writer, bar, outShared bool, total int, totalBytes int64) *status {
	s := &status{w: w, bar: bar, outShared: bar && outShared, start: time.Now()}
	s.state.total, s.state.totalBytes = total, totalBytes
	if !bar {
		return s
	}
	s.quit, s.ended = make(chan struct{}), make(chan struct{})
	s.draw()
	go func() {
		defer close(s.ended)
		tick := time.NewTicker(redrawEvery)
		defer tick.Stop()
		for {
			select {
			case <-tick.C:
				s.draw()
			case <-s.quit:
				return
			}
		}
	}()
	return s
}

// advance counts one input done, of size bytes.
func (s *status) advance(size int64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.state.done++
	s.state.bytes += max(size, 0)
}

// println writes a message on a line of its own, above the bar.
func (s *status) println(msg string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clear()
	fmt.Fprintln(s.w, msg)
}

// output writes b to out, standard output, clearing the bar first when
// both are on one terminal.
func (s *status) output(out io.Writer, b []byte) error {
	if !s.outShared {
		_, err := out.Write(b)
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clear()
	_, err := out.Write(b)
	return err
}

// end stops the bar and clears it, leaving standard error as it was.
func (s *status) end() {
	if !s.bar {
		return
	}
	close(s.quit)
	<-s.ended
	s.mu.Lock()
	defer s.mu.Unlock()
	s.clear()
}

func (s *status) draw() {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.state
	st.elapsed = time.Since(s.start)
	line := renderBar(st)
	// Pad over what a longer previous line left on screen.
	pad := max(s.drawn-len(line), 0)
	fmt.Fprintf(s.w, "\r%s%s", line, strings.Repeat(" ", pad))
	s.drawn = len(line)
}

// clear blanks the bar's line and returns the cursor to its start.
func (s *status) clear() {
	if s.drawn > 0 {
		fmt.Fprintf(s.w, "\r%s\r", strings.Repeat(" ", s.drawn))
		s.drawn = 0
	}
}

// isTerminal reports whether f, standard error, output or input, is a
// terminal (a character device): where a progress bar is seen, whereas a
// file or a pipe would keep every redraw.
func isTerminal(f any) bool {
	file, ok := f.(*os.File)
	if !ok {
		return false
	}
	st, err := file.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
