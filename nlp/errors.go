package nlp

import "fmt"

// MaxInputBytes is the largest text Analyze accepts.
const MaxInputBytes = 5 << 20

// Error codes, stable for callers that switch on them (the worker passes
// them to the page).
const (
	CodeEmpty    = "empty"
	CodeTooLarge = "too_large"
	CodeInternal = "internal"
)

// Error is a text that cannot be analyzed, with a code for programs and a
// message for people.
type Error struct {
	Code    string
	Message string
}

func (e *Error) Error() string { return e.Message }

func errEmpty() error {
	return &Error{Code: CodeEmpty, Message: "the text is empty: paste an article to analyze"}
}

func errTooLarge(n int) error {
	return &Error{Code: CodeTooLarge, Message: fmt.Sprintf(
		"the text is %.1f MB, over the %d MB limit: analyze a shorter text", float64(n)/(1<<20), MaxInputBytes>>20)}
}
