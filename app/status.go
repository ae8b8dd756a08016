package app

import (
	"fmt"
	"math"
	"strings"
)

// Phases of the progress bar: its data-state.
const (
	PhaseIdle      = "idle"
	PhaseLoading   = "loading"
	PhaseAnalyzing = "analyzing"
	PhaseDone      = "done"
	PhaseError     = "error"
)

// Engine states.
const (
	EngineLoading = "loading"
	EngineReady   = "ready"
	EngineFailed  = "failed"
)

// StageDrawing is the last stage of an analysis, the page's own: reading
// the engine's answer and preparing what the results draw.
const StageDrawing = "drawing"

// stages are the analysis stages, in order, with what the progress label
// says while each runs: the engine's, then the page's.
var stages = []struct{ Name, Label string }{
	{"structure", "Reading the article's structure"},
	{"sentences", "Splitting sentences"},
	{"entities", "Finding people, places and organizations"},
	{"quotes", "Attributing quotes"},
	{"insights", "Measuring readability"},
	{StageDrawing, "Drawing the results"},
}

// Status is what the page shows of the engine and of the analysis.
type Status struct {
	Engine  string // EngineLoading, EngineReady or EngineFailed
	Version string // the engine's, once ready
	Phase   string // the progress bar's state
	Label   string // what is happening, in words
	// Done of Total is the progress bar's fill; Total 0 means unknown (an
	// indeterminate bar).
	Done, Total float64
	Error       string // the message for #error; "" when none
	// Retry is set when the engine failed to load or stopped: the error
	// box then offers to start it again.
	Retry bool
}

// EngineLabel is the text of #engine-status.
func (s Status) EngineLabel() string {
	switch s.Engine {
	case EngineReady:
		return "Engine ready"
	case EngineFailed:
		return "Engine failed to load"
	}
	return "Loading engine…"
}

// Tracker folds the engine worker's messages into the page's Status. It is
// plain data: the bridge tells it what happened, the page shows Status().
type Tracker struct {
	engine, version   string
	loadDone, loadMax float64
	job               int // the request in flight, 0 when none
	stage             string
	stageDone         float64
	stageTotal        float64
	phase             string // after the last request: idle, done or error
	label, err        string
}

// NewTracker returns a tracker for an engine that is starting to load.
func NewTracker() *Tracker {
	return &Tracker{engine: EngineLoading, phase: PhaseIdle}
}

// Loading records the engine's download progress (total 0: unknown).
func (t *Tracker) Loading(done, total float64) {
	if t.engine == EngineLoading {
		t.loadDone, t.loadMax = done, total
	}
}

// Ready records that the engine is loaded.
func (t *Tracker) Ready(version string) {
	t.engine, t.version = EngineReady, version
}

// LoadFailed records that the engine could not be loaded, or, once it
// was ready, that it stopped (its worker crashed). A request waiting for
// it fails with it.
func (t *Tracker) LoadFailed(message string) {
	if t.engine == EngineReady {
		t.err = ErrorMessage("crashed", message)
		t.phase, t.label = PhaseError, "The engine stopped"
	} else {
		t.err = ErrorMessage("load_failed", message)
		t.phase, t.label = PhaseError, "The engine failed to load"
	}
	t.engine = EngineFailed
	t.job = 0
}

// Refuse records that the page refused a request of its own accord
// (a text over the size limit), with the message saying why.
func (t *Tracker) Refuse(message string) {
	t.job = 0
	t.phase, t.label = PhaseError, "Analysis not started"
	t.err = message
}

// Submit records a new request; any earlier one is forgotten. It reports
// false when the engine has failed, and the request is refused.
func (t *Tracker) Submit(id int) bool {
	if t.engine == EngineFailed {
		t.phase, t.label = PhaseError, "The engine failed to load"
		return false
	}
	t.job, t.stage, t.stageDone, t.stageTotal = id, "", 0, 0
	t.err = ""
	return true
}

// SetError records an error of the page's own, such as a sample that
// could not be fetched; the next request clears it.
func (t *Tracker) SetError(message string) { t.err = message }

// Current is the request in flight, 0 when none.
func (t *Tracker) Current() int { return t.job }

// Progress records the progress of request id through a stage.
func (t *Tracker) Progress(id int, stage string, done, total float64) {
	if id != t.job || id == 0 {
		return
	}
	t.stage, t.stageDone, t.stageTotal = stage, done, total
}

// Result records that request id finished, in ms milliseconds. It reports
// whether id is the request in flight (a stale result is to be dropped).
func (t *Tracker) Result(id int, ms float64) bool {
	if id != t.job || id == 0 {
		return false
	}
	t.job = 0
	t.phase, t.err = PhaseDone, ""
	t.label = "Analysis complete"
	if ms > 0 {
		t.label += fmt.Sprintf(" in %s ms", decimal(math.Round(ms), 0))
	}
	return true
}

// Failed records that request id failed. It reports whether id is the
// request in flight.
func (t *Tracker) Failed(id int, code, message string) bool {
	if id != t.job || id == 0 {
		return false
	}
	t.job = 0
	t.phase, t.label = PhaseError, "Analysis failed"
	t.err = ErrorMessage(code, message)
	return true
}

// Status is what the page shows now.
func (t *Tracker) Status() Status {
	s := Status{Engine: t.engine, Version: t.version, Error: t.err, Retry: t.engine == EngineFailed}
	switch {
	case t.job != 0 && t.engine == EngineLoading:
		s.Phase, s.Label = PhaseLoading, loadingLabel(t.loadDone, t.loadMax)+" Your analysis will start as soon as it is ready."
		s.Done, s.Total = t.loadDone, t.loadMax
	case t.job != 0:
		s.Phase = PhaseAnalyzing
		s.Label, s.Done, s.Total = stageProgress(t.stage, t.stageDone, t.stageTotal)
	case t.engine == EngineLoading && t.phase == PhaseIdle:
		s.Phase, s.Label = PhaseLoading, loadingLabel(t.loadDone, t.loadMax)
		s.Done, s.Total = t.loadDone, t.loadMax
	case t.phase == PhaseIdle:
		s.Phase, s.Label, s.Total = PhaseIdle, "Ready: paste an article, then Analyze", 1
	default:
		s.Phase, s.Label, s.Total = t.phase, t.label, 1
		if t.phase == PhaseDone {
			s.Done = 1
		}
	}
	return s
}

func loadingLabel(done, total float64) string {
	switch {
	case total > 0 && done >= total:
		return "Starting the analysis engine…"
	case total > 0:
		return fmt.Sprintf("Downloading the analysis engine… %d%%", int(100*done/total))
	case done > 0:
		return fmt.Sprintf("Downloading the analysis engine… %.1f MB", done/(1<<20))
	}
	return "Loading the analysis engine…"
}

// stageProgress turns a stage's progress into the label and the fill of
// the whole analysis, each stage counting as an equal part.
func stageProgress(stage string, done, total float64) (label string, fill, of float64) {
	if stage == "" {
		return "Analyzing…", 0, float64(len(stages))
	}
	for i, s := range stages {
		if s.Name == stage {
			frac := 0.0
			if total > 0 {
				frac = math.Max(0, math.Min(1, done/total))
			}
			return "Analyzing: " + strings.ToLower(s.Label[:1]) + s.Label[1:] + "…", float64(i) + frac, float64(len(stages))
		}
	}
	return "Analyzing: " + stage + "…", 0, 0
}

// ErrorMessage is what #error says for an engine error code and message.
func ErrorMessage(code, message string) string {
	switch code {
	case "empty":
		return "There is no text to analyze: paste an article, or try the sample."
	case "too_large":
		return "This text is too long to analyze" + detail(message)
	case "binary":
		return "This does not look like text" + detail(message) + " Paste the article itself, or copy it from the page as plain text."

	case "load_failed":
		return "The analysis engine could not be loaded" + detail(message) + " Your text is kept: press Retry to try again."
	case "crashed":
		return "The analysis engine stopped" + detail(message) + " Your text is kept: press Retry to restart the engine and analyze it again."
	case "bad_request":
		return "The page sent the engine a request it could not read" + detail(message)
	}
	return "The analysis failed" + detail(message)
}

func detail(message string) string {
	message = strings.TrimSpace(message)
	if message == "" {
		return "."
	}
	return ": " + strings.TrimSuffix(message, ".") + "."
}
