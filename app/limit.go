package app

import "fmt"

// MaxInputBytes is the largest text the engine analyzes, in bytes of
// UTF-8: nlp.MaxInputBytes, which the UI may not import (it would link the
// models into app.wasm). e2e's TestSizeLimitAgrees keeps the two equal.
const MaxInputBytes = 5 << 20

// TooLarge returns the message for a text of n bytes when it is over
// MaxInputBytes, and "" when it is not. The page says so before sending
// the text, rather than copy megabytes to the worker to be refused there.
func TooLarge(n int) string {
	if n <= MaxInputBytes {
		return ""
	}
	return fmt.Sprintf("This text is %s; Nutgraf analyzes up to %s. Analyze a shorter text, such as one article at a time.",
		megabytes(n), megabytes(MaxInputBytes))
}

// megabytes writes n bytes in MB (of 2^20 bytes, as nlp counts them), with
// one decimal unless it is a whole number, and never rounding a text over
// the limit down to the limit itself.
func megabytes(n int) string {
	const mb = 1 << 20
	if n%mb == 0 {
		return fmt.Sprintf("%d MB", n/mb)
	}
	tenths := (n*10 + mb - 1) / mb // rounded up
	if tenths%10 == 0 {
		return fmt.Sprintf("%d.0 MB", tenths/10)
	}
	return fmt.Sprintf("%d.%d MB", tenths/10, tenths%10)
}
