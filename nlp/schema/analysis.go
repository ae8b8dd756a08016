// Package schema defines the Analysis document that Nutgraf produces: the
// one versioned JSON contract shared by the engine, the CLI, the UI and Go
// embedders. It has no dependencies so that a consumer can decode an
// Analysis without linking the models.
//
// Offsets: in Go, an Analysis returned by the nlp package counts Start/End in
// bytes of the analyzed text. In JSON they are UTF-16 code units, so that
// JavaScript's text.slice(start, end) gives the span's text. MarshalJSON
// converts on the way out; an Analysis decoded from JSON holds UTF-16
// offsets until ToBytes is called with the text.
package schema

// Version is the schema identifier written in every Analysis.
//
// Version 2 added the quotes' sources summary (Sources) and each quote's
// Anonymous flag. Version 3 added the insights: key phrases with their
// occurrences, tone counts and markers, the readability formulas and
// counts, whether the text is prose, and approximate dates. Version 4
// added Repairs.
const Version = "nutgraf.analysis/4"

// Analysis is the whole result of analyzing one text.
type Analysis struct {
	Schema      string       `json:"schema"`
	Language    Language     `json:"language"`
	Repairs     []Repair     `json:"repairs,omitempty"`
	Article     Article      `json:"article"`
	Paragraphs  []Paragraph  `json:"paragraphs"`
	Sentences   []Sentence   `json:"sentences"`
	Entities    []Entity     `json:"entities"`
	Quotes      []Quote      `json:"quotes"`
	Sources     *Sources     `json:"sources"`
	Readability *Readability `json:"readability"`
	Stats       Stats        `json:"stats"`
	// Keyphrases, Summary, Tone, Dates and Figures are produced by the
	// insights stages; they are omitted until an engine computes them.
	Keyphrases []Keyphrase   `json:"keyphrases,omitempty"`
	Summary    []SummaryItem `json:"summary,omitempty"`
	Tone       *Tone         `json:"tone,omitempty"`
	Dates      []Value       `json:"dates,omitempty"`
	Figures    []Value       `json:"figures,omitempty"`
	Timings    Timings       `json:"timings"`

	unit   Unit   // what Start/End count in this value
	source string // the analyzed text, when unit is Bytes
}

// Language says what the text is written in, as far as the engine can tell.
type Language struct {
	Code       string  `json:"code"` // ISO 639-1, "und" when unknown
	Confidence float64 `json:"confidence"`
	// Prose is false when the text is mostly not running prose (tables,
	// code, lists), where the insights mean little.
	Prose bool `json:"prose"`
	// Warning says plainly, for a reader, why the results may not be
	// trusted ("This text does not read as English."), or is empty.
	Warning string `json:"warning,omitempty"`
}

// Repair is a kind of damage the engine found in the input and repaired
// before analyzing it, so that a reader knows the text analyzed is not
// quite the text given.
type Repair struct {
	Kind    string `json:"kind"`  // a Repair* kind
	Count   int    `json:"count"` // how many bytes or characters
	Message string `json:"message"`
}

// Repair kinds.
const (
	// RepairInvalidUTF8: bytes that were not valid UTF-8 were replaced
	// with U+FFFD (each run of them with one), and offsets count in the
	// repaired text.
	RepairInvalidUTF8 = "invalid_utf8"
	// RepairControlCharacters: control characters (NUL, the C0 controls
	// but tab and line breaks, DEL) were replaced with spaces, one for one.
	RepairControlCharacters = "control_characters"
)

// Span is a part of the input text.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Article holds the parts of a news article's furniture; each is nil when
// the text does not have it.
type Article struct {
	Kicker     *Span     `json:"kicker"`
	Headline   *Span     `json:"headline"`
	Standfirst *Span     `json:"standfirst"`
	Byline     *Span     `json:"byline"`
	Dateline   *Dateline `json:"dateline"`
}

// Dateline is the place/date/agency line that opens a wire story, e.g.
// "ST.PETERSBURG, June 2 / TASS /". Place is normalized for reading
// ("St. Petersburg"); Start/End cover the dateline as written.
type Dateline struct {
	Start  int     `json:"start"`
	End    int     `json:"end"`
	Text   string  `json:"text"`
	Place  *string `json:"place"`
	Date   *string `json:"date"`
	Agency *string `json:"agency"`
}

// Paragraph kinds.
const (
	ParagraphKicker     = "kicker"
	ParagraphHeadline   = "headline"
	ParagraphStandfirst = "standfirst"
	ParagraphByline     = "byline"
	ParagraphDateline   = "dateline" // a block that is only a dateline/date
	ParagraphBody       = "body"
)

// Paragraph is one block of the text (blocks are separated by blank lines).
type Paragraph struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

// Sentence is one sentence of a paragraph; Paragraph indexes Paragraphs.
type Sentence struct {
	Start     int      `json:"start"`
	End       int      `json:"end"`
	Paragraph int      `json:"paragraph"`
	Tone      *float64 `json:"tone,omitempty"`
}

// Entity types (OntoNotes names).
const (
	Person      = "PERSON"
	Org         = "ORG"
	GPE         = "GPE"
	Loc         = "LOC"
	NORP        = "NORP"
	Event       = "EVENT"
	Facility    = "FAC"
	Product     = "PRODUCT"
	Law         = "LAW"
	WorkOfArt   = "WORK_OF_ART"
	MentionName = "name"
	// MentionPronoun and MentionDescription are mentions resolved to the
	// entity: "he", "the Russian leader".
	MentionPronoun     = "pronoun"
	MentionDescription = "description"
)

// Entity is one real-world referent with all its mentions.
type Entity struct {
	ID       string    `json:"id"`
	Name     string    `json:"name"`
	Type     string    `json:"type"`
	Aliases  []string  `json:"aliases"`
	Roles    []string  `json:"roles"`
	Mentions []Mention `json:"mentions"`
	Salience float64   `json:"salience"`
	Tone     *float64  `json:"tone,omitempty"`
}

// Mention is one place the entity is referred to.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// Quote kinds.
const (
	QuoteDirect   = "direct"
	QuotePartial  = "partial"
	QuoteIndirect = "indirect"
)

// Quote is something a source is reported to have said. Start/End cover the
// quoted words (without the quotation marks); Speaker is an entity ID or
// nil; Source is the speaker as written where the quote is attributed.
type Quote struct {
	ID      string  `json:"id"`
	Kind    string  `json:"kind"`
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Speaker *string `json:"speaker"`
	// Anonymous marks a source the text does not name ("officials", "a
	// source familiar with the matter"): kept as written, never guessed.
	Anonymous  bool    `json:"anonymous"`
	Source     *Span   `json:"source"`
	Cue        *Span   `json:"cue"`
	Confidence float64 `json:"confidence"`
}

// Sources sums up who is quoted: each speaker's quotes and share of the
// quoted words, named against anonymous sources, and the gender balance
// of the people quoted.
type Sources struct {
	Speakers     []SpeakerShare `json:"speakers"` // most quoted words first
	QuotedWords  int            `json:"quotedWords"`
	Named        int            `json:"named"`        // quotes with a speaker entity
	Anonymous    int            `json:"anonymous"`    // quotes from unnamed sources
	Unattributed int            `json:"unattributed"` // quotes with no source found
	Gender       GenderBalance  `json:"gender"`
}

// SpeakerShare is one speaker's part of the quotes. Share is the speaker's
// fraction of all quoted words; Gender ("female", "male", "unknown") is
// given for people, from pronouns, honorifics and given names.
type SpeakerShare struct {
	Entity string  `json:"entity"`
	Name   string  `json:"name"`
	Type   string  `json:"type"`
	Gender string  `json:"gender,omitempty"`
	Quotes int     `json:"quotes"`
	Words  int     `json:"words"`
	Share  float64 `json:"share"`
}

// GenderBalance counts the distinct people quoted by gender.
type GenderBalance struct {
	Female  int `json:"female"`
	Male    int `json:"male"`
	Unknown int `json:"unknown"`
}

// Readability holds the classic formulas and the counts they use.
type Readability struct {
	Words     int `json:"words"`
	Sentences int `json:"sentences"`
	Syllables int `json:"syllables"`
	// ComplexWords are Gunning's: three syllables or more, not counting
	// proper names, hyphenated compounds, or -es/-ed/-ing endings.
	ComplexWords int `json:"complexWords"`
	// Polysyllables are SMOG's: words of three syllables or more.
	Polysyllables int `json:"polysyllables"`
	// Letters are the letters and digits of the words (Coleman–Liau, ARI).
	Letters            int     `json:"letters"`
	FleschReadingEase  float64 `json:"fleschReadingEase"`
	FleschKincaidGrade float64 `json:"fleschKincaidGrade"`
	GunningFog         float64 `json:"gunningFog"`
	SMOG               float64 `json:"smog"`
	ColemanLiau        float64 `json:"colemanLiau"`
	ARI                float64 `json:"ari"`
}

// Stats counts the text.
type Stats struct {
	Characters         int     `json:"characters"`
	Words              int     `json:"words"`
	Sentences          int     `json:"sentences"`
	Paragraphs         int     `json:"paragraphs"`
	ReadingTimeMinutes float64 `json:"readingTimeMinutes"`
}

// Keyphrase is a ranked phrase of the text.
type Keyphrase struct {
	Text  string  `json:"text"`
	Score float64 `json:"score"` // 0 to 1, 1 for the top phrase
	// Occurrences are where the phrase (or a form merged into it: a
	// plural, an entity's alias) appears in the text.
	Occurrences []Span `json:"occurrences"`
}

// SummaryItem is one sentence of the extractive summary.
type SummaryItem struct {
	Sentence int    `json:"sentence"`
	Text     string `json:"text"`
}

// Tone is the document's overall tone.
type Tone struct {
	// Score is the document's tone from -1 to 1: the mean of the
	// sentences' compound scores (VADER), weighted by their length.
	Score float64 `json:"score"`
	Label string  `json:"label"` // "negative", "neutral" or "positive"
	// Positive, Negative and Neutral count the sentences of each tone
	// (compound >= 0.05, <= -0.05, between).
	Positive int `json:"positive"`
	Negative int `json:"negative"`
	Neutral  int `json:"neutral"`
	// Markers are loaded or hedging words: "whispering", "slammed" (kind
	// "loaded"); "reportedly", "allegedly" (kind "hedge").
	Markers []Marker `json:"markers"`
}

// Marker is a word worth a reader's notice, and why.
type Marker struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

// Value is a date or figure with its normalized value.
type Value struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value,omitempty"`
	// Approximate marks a vague value resolved as well as it can be:
	// "a few weeks ago", "last year".
	Approximate bool `json:"approximate,omitempty"`
}

// Timings reports how long each stage took, in milliseconds.
type Timings struct {
	Normalize float64 `json:"normalize"`
	Structure float64 `json:"structure"`
	Sentences float64 `json:"sentences"`
	Entities  float64 `json:"entities"`
	Quotes    float64 `json:"quotes"`
	Insights  float64 `json:"insights"`
	Total     float64 `json:"total"`
}
