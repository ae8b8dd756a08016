// Command browser measures Nutgraf's page in headless Chromium (Debian's,
// driven by chromedp) the way a reader meets it, and writes the figures
// as JSON for the report:
//
//   - from navigation start (fresh profile, nothing cached) until
//     #analyze-button is usable (enabled, and boot.js or the UI handles it) and
//     until #engine-status says the engine is ready;
//   - for the 580 KB text pasted into #article-input and analyzed: the
//     click-to-#results time, the longest main-thread task and the count
//     of tasks over 50 ms in that span (the engine runs in a Web Worker:
//     the page should not freeze), and how many distinct values the
//     #progress bar showed.
//
// The site is served by the real server (go run ./server) on a free
// loopback port.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Report is what the program writes.
type Report struct {
	UsableMs         float64  `json:"usableMs"` // navigation start to #analyze-button usable
	ReadyMs          float64  `json:"readyMs"`  // navigation start to engine ready
	ClickToResultsMs float64  `json:"clickToResultsMs"`
	LongestTaskMs    float64  `json:"longestTaskMs"`  // between the click and #results
	LongestStartMs   float64  `json:"longestStartMs"` // when it started, ms after the click
	LongTasks        int      `json:"longTasks"`      // tasks over 50 ms in that span
	ProgressValues   int      `json:"progressValues"` // distinct #progress values shown in that span
	ProgressStates   []string `json:"progressStates"`
	PasteLongestMs   float64  `json:"pasteLongestMs"` // the paste's own longest task
	AfterLongestMs   float64  `json:"afterLongestMs"` // longest task in the second after #results
	Error            string   `json:"error,omitempty"`
}

func main() {
	dist := flag.String("dist", "dist", "the built site")
	repo := flag.String("repo", ".", "the module root, where ./server is")
	big := flag.String("big", "", "the long text to paste and analyze")
	chrome := flag.String("chrome", "/usr/bin/chromium", "the Chromium binary")
	out := flag.String("out", "", "write the report here (default stdout)")
	limit := flag.Duration("timeout", 4*time.Minute, "give up after this long")
	flag.Parse()

	var r Report
	if err := run(&r, *dist, *repo, *big, *chrome, *limit); err != nil {
		r.Error = err.Error()
	}
	b, _ := json.Marshal(r)
	b = append(b, '\n')
	if *out == "" {
		os.Stdout.Write(b)
	} else if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

func run(r *Report, dist, repo, bigPath, chrome string, limit time.Duration) error {
	text, err := os.ReadFile(bigPath)
	if err != nil {
		return err
	}
	dist, err = filepath.Abs(dist)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()

	s, err := startSite(ctx, repo, dist)
	if err != nil {
		return err
	}
	defer s.stop()

	profile, err := os.MkdirTemp("", "nutgraf-bench-profile")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	tab, closeTab, err := newTab(chrome, profile)
	if err != nil {
		return err
	}
	defer closeTab()
	// The tab's actions stop at the deadline (the browser itself is ended
	// by closeTab).
	go func() { <-ctx.Done(); closeTab() }()

	if _, err := chromedp.Call(tab, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: recorder}); err != nil {
		return fmt.Errorf("installing the recorder: %w", err)
	}
	if err := chromedp.Do(tab, chromedp.Navigate(s.url+"/")); err != nil {
		return fmt.Errorf("opening %s: %w", s.url, err)
	}
	rec, err := waitFor(ctx, tab, "the engine to be ready", func(rec record) bool {
		return rec.UsableAt != nil && rec.ReadyAt != nil
	})
	if err != nil {
		return err
	}
	r.UsableMs, r.ReadyMs = *rec.UsableAt, *rec.ReadyAt

	quoted, _ := json.Marshal(string(text))
	n, err := chromedp.Run(tab, chromedp.Evaluate[int](fmt.Sprintf(pasteJS, quoted)))
	if err != nil {
		return fmt.Errorf("pasting: %w", err)
	}
	if n == 0 {
		return fmt.Errorf("the article box is empty after pasting")
	}
	if _, err := waitFor(ctx, tab, "the paste to be handled", func(rec record) bool { return rec.PasteTo != nil }); err != nil {
		return err
	}
	if err := chromedp.Do(tab, chromedp.Click(chromedp.ID("analyze-button"))); err != nil {
		return fmt.Errorf("clicking Analyze: %w", err)
	}
	rec, err = waitFor(ctx, tab, "#results after clicking Analyze", func(rec record) bool {
		return rec.ResultsAt != nil || rec.ErrorAt != nil
	})
	if err != nil {
		return err
	}
	if rec.ErrorAt != nil {
		return fmt.Errorf("the analysis failed: %s", rec.Error)
	}
	// Tasks that render the results run after #results is inserted: give
	// them a second to be reported.
	time.Sleep(time.Second)
	if rec, err = read(tab); err != nil {
		return err
	}
	fill(r, rec)
	if rec.LongtaskError != "" {
		// Without the observer "no long task" would be a false all-clear.
		return fmt.Errorf("long tasks could not be observed: %s", rec.LongtaskError)
	}
	return nil
}
