package nlp

import (
	"errors"
	"strconv"
)

// MaxInputBytes is the largest text Analyze accepts.
const MaxInputBytes = 5 << 20

// Error codes, stable for callers that switch on them (the worker passes
// them to the page).
const (
	CodeEmpty    = "empty"
	CodeTooLarge = "too_large"
	CodeBinary   = "binary" // binary data or text not in UTF-8
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
	// The byte counts too, since a text just over the limit rounds to
	// "5.0 MB, over the 5 MB limit".
	return &Error{Code: CodeTooLarge, Message: "the text is " + strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) +
		" MB (" + strconv.Itoa(n) + " bytes), over the " + strconv.Itoa(MaxInputBytes>>20) + " MB limit (" +
		strconv.Itoa(MaxInputBytes) + " bytes): analyze a shorter text"}
}

func errBinary(msg string) error { return &Error{Code: CodeBinary, Message: msg} }

// The engine avoids fmt, which would add a fifth to its WebAssembly size.

// wrapErr is fmt.Errorf("%s: %w", msg, err).
func wrapErr(msg string, err error) error { return &wrapped{msg + ": " + err.Error(), err} }

type wrapped struct {
	msg string
	err error
}

func (w *wrapped) Error() string { return w.msg }
func (w *wrapped) Unwrap() error { return w.err }

// panicText describes a recovered panic value.
func panicText(r any) string {
	switch v := r.(type) {
	case error:
		return v.Error()
	case string:
		return v
	}
	return "unexpected failure"
}

// sectionErr is a malformed model file section.
func sectionErr(name, problem string) error {
	return errors.New("model section " + strconv.Quote(name) + ": " + problem)
}
