package app

import (
	"fmt"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// State names.
const (
	// StateStatus holds the current Status.
	StateStatus = "nutgraf.status"
	// StateDoc holds a DocState: the latest analyzed article.
	StateDoc = "nutgraf.doc"
)

// Action names.
const (
	// ActionAnalyze asks for an analysis; its value is the text.
	ActionAnalyze = "nutgraf.analyze"
	// ActionError reports an error of the page's own; its value is the
	// message.
	ActionError = "nutgraf.error"
	// ActionSelectEntity toggles the entity whose mentions, or the speaker
	// whose quotes, are highlighted; its value is a Selection.
	ActionSelectEntity = "nutgraf.select-entity"
	// ActionShowMore draws the whole of a group of the entity or quote
	// list, or all its groups; its value is a ShowMore.
	ActionShowMore = "nutgraf.show-more"
	// ActionPage shows a page of a long article; its value is the page's
	// index.
	ActionPage = "nutgraf.page"
	// ActionShowQuote shows a quote in the article; its value is the
	// quote's ID.
	ActionShowQuote = "nutgraf.show-quote"
	// ActionDrawn says how far Results has drawn a new Doc; its value is a
	// Drawn.
	ActionDrawn = "nutgraf.drawn"
	// ActionShowSentence scrolls to a sentence of the article and flashes
	// it; its value is the sentence's index.
	ActionShowSentence = "nutgraf.show-sentence"
	// ActionToggleType shows or hides the highlights of one entity type;
	// its value is the type ("PERSON").
	ActionToggleType = "nutgraf.toggle-type"
	// ActionSetText puts a text into the paste box, as if pasted; its
	// value is the text.
	ActionSetText = "nutgraf.set-text"
	// ActionRetry starts the engine again after it failed to load or
	// stopped, and analyzes again the text it was given meanwhile.
	ActionRetry = "nutgraf.retry"
)

// Drawn is the value of ActionDrawn.
type Drawn struct {
	Request  int     // the Doc's
	Fraction float64 // of what is drawn at first; 1 when it is all drawn
}

// ShowMore is the value of ActionShowMore.
type ShowMore struct {
	List  int // ListEntities or ListQuotes
	Group int // the group; -1: the groups not shown at first
}

// Selection is the value of ActionSelectEntity. Selecting what is
// selected already, or no entity, clears the selection.
type Selection struct {
	Entity string // the entity's ID; "": none
	Scroll bool   // whether to scroll its first mention (or quote) into view
	// Quotes selects the entity as a speaker: its quotes are highlighted
	// rather than its mentions.
	Quotes bool
	// Phrase selects a key phrase (its index in Keyphrases) rather than
	// an entity: its occurrences are highlighted.
	Phrase string
}

// Doc is an analyzed article, with everything the result components draw
// worked out once.
type Doc struct {
	// Request is the engine request the Doc answers (0 outside the page).
	// It comes first because go-app compares a component's fields with
	// reflect.DeepEqual, field by field: two Docs then differ at once,
	// rather than after comparing megabytes.
	Request  int
	Text     string           // the text analyzed
	JSON     []byte           // the Analysis JSON as the engine sent it
	Analysis *schema.Analysis // with byte offsets into Text
	Blocks   []Block
	Entities []EntityGroup
	Speakers []SpeakerQuotes
	Sources  *SourcesStats // the quote panel's summary; nil: none
	Stats    []Stat
	Tone     ToneChart // the tone arc's geometry
	Plan     *Plan     // the pieces the views are drawn in
}

// DocState is the value of StateDoc. Doc is nil when there is no result.
// (The pointer is wrapped so that each new Doc is a new pointer: go-app
// copies a state's value into its observers.)
type DocState struct {
	Doc *Doc
}

// NewDoc decodes the engine's JSON for text and prepares its views.
func NewDoc(text, analysisJSON string) (*Doc, error) {
	return PrepareDoc(text, []byte(analysisJSON), nil)
}

// PrepareDoc is NewDoc for the page: the work is paced by pace (nil: in one
// go), which is told how far it is.
func PrepareDoc(text string, analysisJSON []byte, pace *Pacer) (*Doc, error) {
	// Decoding is most of the work, laying out the blocks most of the rest.
	pace.Stage(0, 0.7)
	a, err := decodeAnalysis(analysisJSON, pace)
	if err != nil {
		return nil, fmt.Errorf("reading the engine's answer: %w", err)
	}
	if err := a.ToBytes(text); err != nil {
		return nil, fmt.Errorf("reading the engine's answer: %w", err)
	}
	pace.Stage(0.7, 0.95)
	pace.Pause()
	d := &Doc{
		Text:     text,
		JSON:     analysisJSON,
		Analysis: a,
		Blocks:   articleBlocks(text, a, pace),
	}
	pace.Stage(0.95, 1)
	pace.Pause()
	d.Entities = GroupEntities(a.Entities)
	pace.Pause()
	d.Speakers = groupQuotes(a.Quotes, a.Entities, a.Sources, pace)
	pace.Pause()
	d.Sources = SummarizeSources(a.Sources)
	d.Stats = OverviewStats(a)
	pace.Pause()
	d.Tone = ToneGeometry(a.Sentences, maxTonePoints)
	pace.Pause()
	d.Plan = planDoc(d, pace)
	return d, nil
}
