package nlp

import (
	"regexp"
	"sync"
)

// lazyRegexp is a regular expression compiled on first use. Compiling the
// Unicode classes (\p{Lu}) of the structure patterns took a fifth of the
// engine's start under wasm, where V8 runs such run-once code
// unoptimized; the first analysis needs them, but a loaded engine that is
// not yet asked anything does not.
type lazyRegexp struct {
	once    sync.Once
	pattern string
	re      *regexp.Regexp
}

func newLazyRegexp(pattern string) *lazyRegexp { return &lazyRegexp{pattern: pattern} }

func (l *lazyRegexp) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.pattern) })
	return l.re
}
