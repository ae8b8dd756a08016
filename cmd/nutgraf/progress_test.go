package main

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestRenderBar(t *testing.T) {
	for _, c := range []struct {
		s    progressState
		want string
	}{
		{progressState{done: 0, total: 1000, bytes: 0, totalBytes: 1 << 30},
			"[....................] 0/1000 files  0.0 MB/s  ETA --"},
		{progressState{done: 412, total: 1000, bytes: 31 << 20, totalBytes: 100 << 20, elapsed: 10 * time.Second},
			"[########............] 412/1000 files  3.1 MB/s  ETA 22s"},
		// Sizes unknown (standard input): the time left goes by files.
		{progressState{done: 1, total: 4, bytes: 3 << 20, totalBytes: -1, elapsed: 2 * time.Second},
			"[#####...............] 1/4 files  1.5 MB/s  ETA 6s"},
		{progressState{done: 10, total: 1000, bytes: 1 << 20, totalBytes: 500 << 20, elapsed: 5 * time.Second},
			"[....................] 10/1000 files  0.2 MB/s  ETA 41m35s"},
		{progressState{done: 1, total: 100000, bytes: 1 << 10, totalBytes: 1 << 30, elapsed: 3 * time.Second},
			"[....................] 1/100000 files  0.0 MB/s  ETA 873h48m"},
		{progressState{done: 5, total: 5, bytes: 5 << 20, totalBytes: 5 << 20, elapsed: time.Second},
			"[####################] 5/5 files  5.0 MB/s  ETA 0s"},
	} {
		if got := renderBar(c.s); got != c.want {
			t.Errorf("renderBar(%+v)\n = %q\nwant %q", c.s, got, c.want)
		}
	}
}

// TestStatusDrawsAndClears: an enabled bar is drawn with \r, moved aside
// for a message, and cleared at the end, so that the last thing on the
// terminal is the message, not the bar.
func TestStatusDrawsAndClears(t *testing.T) {
	var b bytes.Buffer
	s := startStatus(&b, true, false, 2, 10)
	s.advance(5)
	s.println("nutgraf: b.txt: the text is empty")
	s.advance(5)
	time.Sleep(3 * redrawEvery / 2)
	s.end()
	out := b.String()
	if !strings.HasPrefix(out, "\r[....................] 0/2 files") {
		t.Errorf("no bar drawn first: %q", out)
	}
	if !strings.Contains(out, "\r"+strings.Repeat(" ", len(renderBar(progressState{total: 2})))+"\rnutgraf: b.txt: the text is empty\n") {
		t.Errorf("the bar is not cleared before the message: %q", out)
	}
	if !strings.Contains(out, "2/2 files") {
		t.Errorf("the ticker did not redraw: %q", out)
	}
	if !regexp.MustCompile(`\n(\r\[[^\r]*)*\r +\r$`).MatchString(out) {
		t.Errorf("the bar is not cleared at the end: %q", out)
	}
}

func TestStatusWithoutBarWritesOnlyMessages(t *testing.T) {
	var b bytes.Buffer
	s := startStatus(&b, false, false, 3, -1)
	s.advance(1)
	s.println("nutgraf: x: failed")
	s.end()
	if b.String() != "nutgraf: x: failed\n" {
		t.Errorf("got %q", b.String())
	}
}

// TestStatusOutputOnTheSameTerminal: when standard output is the bar's
// terminal, the bar is cleared before each output, which then starts at
// the beginning of the line; when it is not, the bar stays.
func TestStatusOutputOnTheSameTerminal(t *testing.T) {
	var tty bytes.Buffer // stands for the one terminal both write to
	s := startStatus(&tty, true, true, 1, -1)
	s.output(&tty, []byte("{\"schema\":\"x\"}\n"))
	s.end()
	if !strings.Contains(tty.String(), " \r{\"schema\"") {
		t.Errorf("the bar was not cleared before the output: %q", tty.String())
	}
	var errb, out bytes.Buffer
	s = startStatus(&errb, true, false, 1, -1)
	s.output(&out, []byte("line\n"))
	before := errb.Len()
	s.end()
	if out.String() != "line\n" || before != len("\r"+renderBar(progressState{total: 1, totalBytes: -1})) {
		t.Errorf("output %q; the bar was touched for output elsewhere: %q", out.String(), errb.String())
	}
}

func TestIsTerminal(t *testing.T) {
	if isTerminal(&bytes.Buffer{}) {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a file is not a terminal")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty) {
			t.Error("/dev/tty is a terminal")
		}
	}
}
