package app

import (
	"encoding/json"
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
	// ActionSelectEntity toggles the entity whose mentions are highlighted;
	// its value is a Selection.
	ActionSelectEntity = "nutgraf.select-entity"
)

// Selection is the value of ActionSelectEntity.
type Selection struct {
	Entity string // the entity's ID
	Scroll bool   // whether to scroll its first mention into view
}

// Doc is an analyzed article, with everything the result components draw
// worked out once.
type Doc struct {
	Text     string           // the text analyzed
	JSON     string           // the Analysis as the engine sent it
	Analysis *schema.Analysis // with byte offsets into Text
	Blocks   []Block
	Entities []EntityGroup
	Speakers []SpeakerQuotes
	Stats    []Stat
}

// DocState is the value of StateDoc. Doc is nil when there is no result.
// (The pointer is wrapped so that each new Doc is a new pointer: go-app
// copies a state's value into its observers.)
type DocState struct {
	Doc *Doc
}

// NewDoc decodes the engine's JSON for text and prepares its views.
func NewDoc(text, analysisJSON string) (*Doc, error) {
	var a schema.Analysis
	if err := json.Unmarshal([]byte(analysisJSON), &a); err != nil {
		return nil, fmt.Errorf("reading the engine's answer: %w", err)
	}
	if err := a.ToBytes(text); err != nil {
		return nil, fmt.Errorf("reading the engine's answer: %w", err)
	}
	return &Doc{
		Text:     text,
		JSON:     analysisJSON,
		Analysis: &a,
		Blocks:   ArticleBlocks(text, &a),
		Entities: GroupEntities(a.Entities),
		Speakers: GroupQuotes(a.Quotes, a.Entities),
		Stats:    OverviewStats(&a),
	}, nil
}
