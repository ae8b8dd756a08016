package main

import (
	"fmt"
	"path/filepath"
)

// browserReport is what bench/cmd/browser writes.
type browserReport struct {
	UsableMs         float64
	ReadyMs          float64
	ClickToResultsMs float64
	LongestTaskMs    float64
	LongestStartMs   float64
	LongTasks        int
	ProgressValues   int
	ProgressStates   []string
	PasteLongestMs   float64
	AfterLongestMs   float64
	Error            string
}

// chromium measures the page in headless Chromium.
func (b *bench) chromium(repo, chrome string) {
	logf("the page in headless Chromium: load, then the 580 KB text pasted and analyzed")
	out := b.out("browser")
	// No contention figure here: Chromium's helper processes die unwaited
	// for, so their CPU time would be counted as other processes'.
	timedOut, err := b.run("", b.deadline, filepath.Join(b.bin, "browser"),
		"-dist", b.dist, "-repo", repo, "-big", b.texts.Big, "-chrome", chrome, "-out", out,
		"-timeout", (b.deadline - b.deadline/10).String())
	switch {
	case timedOut:
		b.pageErr = fmt.Sprintf("stopped at the %s deadline", b.deadline)
		return
	case err != nil:
		b.pageErr = err.Error()
		return
	}
	var r browserReport
	if err := readJSON(out, &r); err != nil {
		b.pageErr = err.Error()
		return
	}
	if r.Error != "" {
		b.pageErr = r.Error
		if r.ReadyMs == 0 {
			return
		}
	}
	b.page = &r
}
