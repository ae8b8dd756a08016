package nlp

import (
	"runtime"
	"time"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Engine holds the loaded models. It is safe for concurrent use: Analyze
// only reads the models, and each call takes its own working memory (with
// the word caches of earlier calls) from the Engine's pool.
type Engine struct {
	tok       *tokenizer
	segmenter *punkt
	tagger    *tagger
	entities  *entityModel
	syllables *syllableTable
	tone      *toneModel
	scratch   scratchPool
}

// Options tune one call of Analyze.
type Options struct {
	// Progress, when set, is told which stage is running and how far it
	// is (done of total units of that stage). It is called on the
	// analyzing goroutine, so it must be quick.
	Progress func(stage string, done, total int)
	// SummarySentences is the length of the summary in sentences; 0
	// means 3.
	SummarySentences int
}

// Stage names reported to Options.Progress, in pipeline order.
const (
	StageStructure = "structure"
	StageSentences = "sentences"
	StageEntities  = "entities"
	StageQuotes    = "quotes"
	StageInsights  = "insights"
)

// New loads the models. It is slow (hundreds of milliseconds): call it once
// and reuse the Engine.
func New() (*Engine, error) {
	seg, err := newPunkt()
	if err != nil {
		return nil, wrapErr("nlp: loading the sentence model", err)
	}
	tg, err := loadTagger(taggerModelBytes)
	if err != nil {
		return nil, wrapErr("nlp: loading the tagger", err)
	}
	ents, err := loadEntityModel(entityModelBytes, gazetteerBytes)
	if err != nil {
		return nil, wrapErr("nlp: loading the entity model", err)
	}
	syl, err := loadSyllableTable(syllableTableBytes)
	if err != nil {
		return nil, wrapErr("nlp: loading the syllable table", err)
	}
	tone, err := loadToneModel()
	if err != nil {
		return nil, wrapErr("nlp: loading the tone lexicon", err)
	}
	return &Engine{tok: newTokenizer(), segmenter: seg, tagger: tg, entities: ents, syllables: syl, tone: tone}, nil
}

// Analyze analyzes text. The returned Analysis counts offsets in bytes of
// text (its JSON form counts UTF-16 units). An error is an *Error for
// input that cannot be analyzed.
func (e *Engine) Analyze(text string, opts Options) (a *schema.Analysis, err error) {
	// The engine must never take down its host (a Web Worker, the CLI):
	// an unexpected failure becomes an error the caller can show.
	defer func() {
		if r := recover(); r != nil {
			a, err = nil, &Error{Code: CodeInternal, Message: "internal error while analyzing: " + panicText(r)}
		}
	}()
	progress := opts.Progress
	if progress == nil {
		progress = func(string, int, int) {}
	}
	clock := newStopwatch()

	text, repairs, err := normalize(text)
	if err != nil {
		return nil, err
	}
	a = &schema.Analysis{Schema: schema.Version, Repairs: repairs}
	a.Timings.Normalize = clock.lap()

	progress(StageStructure, 0, 1)
	doc := parseStructure(text)
	a.Timings.Structure = clock.lap()

	m := e.scratch.get()
	defer e.scratch.put(m)
	e.segment(doc, m, progress)
	a.Timings.Sentences = clock.lap()
	letGCFinish()

	progress(StageEntities, 0, 1)
	ents := findEntities(doc)
	a.Timings.Entities = clock.lap()

	progress(StageQuotes, 0, 1)
	quotes := findQuotes(doc, ents)
	a.Timings.Quotes = clock.lap()
	letGCFinish()

	progress(StageInsights, 0, 1)
	fillArticle(a, doc)
	fillSentences(a, doc)
	quoted := map[*entity]int{}
	for _, q := range quotes {
		if q.speaker != nil {
			quoted[q.speaker]++
		}
	}
	a.Entities = ents.export(doc, quoted)
	a.Quotes = exportQuotes(doc, quotes)
	a.Sources = summarizeSources(a.Quotes, a.Entities, ents.genders())
	a.Stats, a.Readability, a.Language = measure(doc, m.words, m.syllables, e.syllables)
	a.Dates, a.Figures = findDatesAndFigures(doc, findArticleDate(doc))
	a.Keyphrases, a.Summary = keyphrasesAndSummary(doc, ents, opts.SummarySentences)
	fillTone(a, doc, e.tone, m.words)
	a.Timings.Insights = clock.lap()
	a.Timings.Total = clock.total()
	progress(StageInsights, 1, 1)

	a.SetSource(doc.text)
	return a, nil
}

// letGCFinish gives the garbage collector's background worker a turn.
// Under js/wasm there is one thread and an analysis is one synchronous
// call: a collection that starts during it cannot finish until the
// analyzing goroutine yields, so without this the heap grows by all that
// the call allocates (peaking at 150 MB for a 580 KB text instead of 60).
// Natively it costs next to nothing.
func letGCFinish() { runtime.Gosched() }

// stopwatch times the stages.
type stopwatch struct{ start, last time.Time }

func newStopwatch() *stopwatch {
	now := time.Now()
	return &stopwatch{start: now, last: now}
}

// lap returns the milliseconds since the previous lap.
func (s *stopwatch) lap() float64 {
	now := time.Now()
	d := now.Sub(s.last)
	s.last = now
	return ms(d)
}

func (s *stopwatch) total() float64 { return ms(time.Since(s.start)) }

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
