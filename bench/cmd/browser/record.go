package main

import (
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/chromedp/chromedp"
)

// record is the recorder's notes (see recorder).
type record struct {
	LiveAt, UsableAt, ReadyAt *float64
	ClickAt, ResultsAt        *float64
	ErrorAt                   *float64
	Error                     string
	Progress                  [][]any     // [ms, state, value or null, max]
	Long                      [][]float64 // [start ms, duration ms]
	PasteFrom, PasteTo        *float64
	LongtaskError             string
}

// read returns the recorder's notes so far.
func read(tab context.Context) (record, error) {
	var rec record
	raw, err := chromedp.Run(tab, chromedp.Evaluate[string](`JSON.stringify(window.__nutgrafBench || null)`))
	if err != nil {
		return rec, err
	}
	if raw == "null" {
		return rec, fmt.Errorf("the recorder is not in the page")
	}
	return rec, json.Unmarshal([]byte(raw), &rec)
}

// waitFor polls the notes until done says so. A poll is one small
// evaluation, so polling does not itself make long tasks; the times come
// from the page, so the polling interval does not blur them.
func waitFor(ctx context.Context, tab context.Context, what string, done func(record) bool) (record, error) {
	for {
		rec, err := read(tab)
		if err == nil && done(rec) {
			return rec, nil
		}
		select {
		case <-ctx.Done():
			return rec, fmt.Errorf("timed out waiting for %s (last error: %v)", what, err)
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// fill derives the report's figures from the notes.
func fill(r *Report, rec record) {
	click, results := *rec.ClickAt, *rec.ResultsAt
	r.ClickToResultsMs = results - click
	for _, t := range rec.Long {
		start, end := t[0], t[0]+t[1]
		switch {
		case end > click && start < results: // overlaps the wait for the result
			r.LongTasks++
			if t[1] > r.LongestTaskMs {
				r.LongestTaskMs = t[1]
				r.LongestStartMs = start - click
			}
		case start >= results:
			r.AfterLongestMs = max(r.AfterLongestMs, t[1])
		case rec.PasteFrom != nil && end > *rec.PasteFrom && start < click:
			r.PasteLongestMs = max(r.PasteLongestMs, t[1])
		}
	}
	values := map[string]bool{}
	lastState := ""
	for _, p := range rec.Progress {
		if t, _ := p[0].(float64); t > results {
			break
		}
		if p[2] != nil {
			values[fmt.Sprint(p[2], "/", p[3])] = true
		}
		if s, _ := p[1].(string); s != lastState {
			r.ProgressStates = append(r.ProgressStates, s)
			lastState = s
		}
	}
	r.ProgressValues = len(values)
}
