package nlp

import (
	"strings"
	"sync"
)

// An Engine keeps its word caches between calls. What the models compute
// from a word alone is a pure function of the word, so a cache filled by
// one article serves the next: most of a news article's words ("the",
// "said", "President") were met before, and a warm engine skips their
// model lookups. wink-nlp keeps its lexicon cache across documents for
// the same reason.
//
// Calls may run concurrently (the CLI analyzes files on every core), so
// each call takes a whole scratch from the pool and gives it back; the
// pool keeps at most maxIdleScratch of them.
const (
	maxIdleScratch = 8
	// maxCachedWords bounds one cache (about 400 bytes a word): a cache
	// past it is emptied before its next use, so that a long-lived engine
	// fed many unrelated texts does not grow without end.
	maxCachedWords = 1 << 15
)

type scratchPool struct {
	mu   sync.Mutex
	idle []*modelScratch
}

func (p *scratchPool) get() *modelScratch {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.idle); n > 0 {
		m := p.idle[n-1]
		p.idle = p.idle[:n-1]
		if len(m.words.words) > maxCachedWords {
			m.words = newWordCache()
		}
		if len(m.syllables) > maxCachedWords {
			m.syllables = newSyllableCache()
		}
		return m
	}
	return &modelScratch{words: newWordCache(), syllables: newSyllableCache()}
}

func (p *scratchPool) put(m *modelScratch) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.idle) < maxIdleScratch {
		p.idle = append(p.idle, m)
	}
}

// cacheKey copies a token's text for use as a long-lived cache key: the
// token's string points into the analyzed text, which the cache must not
// keep alive.
func cacheKey(w string) string { return strings.Clone(w) }
