package app

import (
	"strings"
	"testing"
)

func TestTracker(t *testing.T) {
	type step struct {
		do    func(*Tracker)
		phase string
		label string // a part of the label
		err   string // a part of the error; "" for none
	}
	tests := []struct {
		name  string
		steps []step
	}{{
		name: "load, analyze, done",
		steps: []step{
			{func(*Tracker) {}, PhaseLoading, "Loading the analysis engine…", ""},
			{func(t *Tracker) { t.Loading(50, 200) }, PhaseLoading, "Downloading the analysis engine… 25%", ""},
			{func(t *Tracker) { t.Loading(200, 200) }, PhaseLoading, "Starting the analysis engine…", ""},
			{func(t *Tracker) { t.Ready("v1") }, PhaseIdle, "Ready", ""},
			{func(t *Tracker) { t.Submit(1) }, PhaseAnalyzing, "Analyzing", ""},
			{func(t *Tracker) { t.Progress(1, "entities", 1, 4) }, PhaseAnalyzing, "finding people", ""},
			{func(t *Tracker) { t.Result(1, 312.4) }, PhaseDone, "complete in 312 ms", ""},
		},
	}, {
		name: "a request made while loading waits for the engine",
		steps: []step{
			{func(t *Tracker) { t.Submit(1) }, PhaseLoading, "will start as soon as it is ready", ""},
			{func(t *Tracker) { t.Loading(1<<20, 0) }, PhaseLoading, "1.0 MB", ""},
			{func(t *Tracker) { t.Ready("v1") }, PhaseAnalyzing, "Analyzing…", ""},
			{func(t *Tracker) { t.Result(1, 0) }, PhaseDone, "Analysis complete", ""},
		},
	}, {
		name: "engine errors, then a stale result is dropped",
		steps: []step{
			{func(t *Tracker) { t.Ready("v1"); t.Submit(1) }, PhaseAnalyzing, "", ""},
			{func(t *Tracker) { t.Failed(1, "empty", "the text is empty") }, PhaseError, "failed", "no text to analyze"},
			{func(t *Tracker) { t.Submit(2) }, PhaseAnalyzing, "", ""},
			{func(t *Tracker) { t.Submit(3) }, PhaseAnalyzing, "", ""},
			{func(t *Tracker) { t.Result(2, 5) }, PhaseAnalyzing, "", ""},
			{func(t *Tracker) { t.Result(3, 5) }, PhaseDone, "", ""},
		},
	}, {
		name: "the engine fails to load",
		steps: []step{
			{func(t *Tracker) { t.Submit(1) }, PhaseLoading, "", ""},
			{func(t *Tracker) { t.LoadFailed("HTTP 404") }, PhaseError, "failed to load", "could not be loaded: HTTP 404. Your text is kept: press Retry"},
			{func(t *Tracker) { t.Submit(2) }, PhaseError, "failed to load", "could not be loaded"},
		},
	}, {
		name: "the engine stops after it was ready",
		steps: []step{
			{func(t *Tracker) { t.Ready("v1"); t.Submit(1) }, PhaseAnalyzing, "", ""},
			{func(t *Tracker) { t.LoadFailed("Uncaught RuntimeError: unreachable") }, PhaseError, "stopped", "engine stopped: Uncaught RuntimeError: unreachable. Your text is kept: press Retry"},
		},
	}, {
		name: "a text refused by the page",
		steps: []step{
			{func(t *Tracker) { t.Ready("v1") }, PhaseIdle, "Ready", ""},
			{func(t *Tracker) { t.Refuse(TooLarge(MaxInputBytes + 1)) }, PhaseError, "not started", "Nutgraf analyzes up to 5 MB"},
			{func(t *Tracker) { t.Submit(1) }, PhaseAnalyzing, "", ""},
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tr := NewTracker()
			for i, s := range tt.steps {
				s.do(tr)
				st := tr.Status()
				if st.Phase != s.phase || !strings.Contains(st.Label, s.label) {
					t.Errorf("step %d: phase %q label %q, want %q containing %q", i, st.Phase, st.Label, s.phase, s.label)
				}
				if (s.err == "") != (st.Error == "") || !strings.Contains(st.Error, s.err) {
					t.Errorf("step %d: error %q, want %q", i, st.Error, s.err)
				}
				if st.Total > 0 && (st.Done < 0 || st.Done > st.Total) {
					t.Errorf("step %d: progress %v of %v", i, st.Done, st.Total)
				}
			}
		})
	}
}

func TestEngineLabel(t *testing.T) {
	for engine, want := range map[string]string{
		EngineLoading: "Loading engine…", EngineReady: "Engine ready", EngineFailed: "Engine failed to load",
	} {
		if got := (Status{Engine: engine}).EngineLabel(); got != want {
			t.Errorf("%s: %q, want %q", engine, got, want)
		}
	}
}

func TestStageProgressAdvances(t *testing.T) {
	last := -1.0
	for _, s := range stages {
		for _, done := range []float64{0, 1, 2} {
			_, fill, of := stageProgress(s.Name, done, 2)
			if fill < last || fill > of {
				t.Fatalf("%s %v/2: fill %v of %v after %v", s.Name, done, fill, of, last)
			}
			last = fill
		}
	}
}
