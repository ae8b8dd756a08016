// Package nlp is Nutgraf's analysis core. It reads the text of a news
// article and returns what a careful editor would mark up, as one
// schema.Analysis: the article's kicker, headline, standfirst, dateline and
// byline; its paragraphs and sentences; the people, organizations and
// places it names, each with its aliases, roles, mentions (by name, by
// pronoun, by description) and salience; the quotes, with speaker, source
// as written and cue verb; the sources' share of voice; key phrases, an
// extractive summary, tone, readability, dates and figures.
//
// It is pure Go with no syscall/js, network or file access: the models are
// embedded, and it builds for linux and js/wasm alike (the same code runs
// in the browser's Web Worker, in the nutgraf command and in Go programs).
//
// # Analyzing
//
// New loads the models; it takes a few hundred milliseconds, so call it
// once and keep the Engine. Engine.Analyze analyzes one text, with
// Options for the summary's length and a progress callback:
//
//	eng, err := nlp.New()
//	if err != nil {
//		return err
//	}
//	a, err := eng.Analyze(text, nlp.Options{SummarySentences: 2})
//
// The package-level Analyze does the same with a shared Engine loaded on
// its first call, for programs that analyze now and then.
//
// # Input
//
// The text is plain UTF-8, at most MaxInputBytes: the headline on its
// first line, paragraphs separated by blank lines, as wire copy and most
// pasted articles are. Windows line endings and non-breaking spaces are
// read as white space. Invalid UTF-8 is replaced with U+FFFD, and control
// characters such as NUL with spaces; Analysis.Repairs says what was
// repaired, so that a reader can be told. Markup is
// not stripped: reduce HTML or Markdown to text first (the nutgraf command
// does so for .html and .md files).
//
// # Output
//
// The Analysis's types are in package nlp/schema, which has no
// dependencies, so that a program that only reads Analyses (from the
// command line's JSON, say) need not link the models. In the Go value
// returned by Analyze, Start and End offsets are bytes of the text, so
// text[m.Start:m.End] is a mention's text (of the text as repaired, if it
// held invalid UTF-8); the JSON form (json.Marshal, or
// the faster Analysis.AppendJSON) counts UTF-16 code units, as JavaScript
// does, and carries the schema's version ("schema": schema.Version).
//
// # Errors
//
// Analyze returns an *Error, with a stable Code, for a text it cannot
// analyze: CodeEmpty, CodeTooLarge (the message names the size and the
// limit), CodeBinary (binary data, UTF-16 or a legacy encoding: too many
// control characters or invalid bytes to be text). It never panics: an
// unexpected failure inside it is returned as an *Error with CodeInternal.
// The fuzz targets (make fuzz) and the bad-input table hold it to that.
//
// # Concurrency
//
// An Engine is safe for concurrent use by many goroutines: Analyze only
// reads the models, and each call takes its own working memory from the
// Engine's pool. The pool also keeps word caches from call to call (a warm
// Engine skips model lookups for words it has met), which never change a
// result. One Engine serves every core: the nutgraf command analyzes a
// folder of articles on GOMAXPROCS goroutines sharing one.
package nlp
