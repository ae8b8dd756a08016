package nlp

import (
	"errors"
	"strings"
	"unicode"

	"github.com/nutgraf/nutgraf/nlp/syllable"
)

// syllableTable holds the syllable counts of the CMU Pronouncing
// Dictionary for the common words whose count the spelling rules get
// wrong (cmd/gensyllables; models/NOTICE). Every other word is counted by
// the rules: the table is a correction, which is what keeps it small.
type syllableTable struct {
	words  *strIndex // lower-case, sorted
	counts []byte    // counts[i] is words' i-th word's
}

func loadSyllableTable(b []byte) (*syllableTable, error) {
	m, err := parseModelFile(b)
	if err != nil {
		return nil, err
	}
	words, err := m.index("words")
	if err != nil {
		return nil, err
	}
	counts, err := m.section("syllables")
	if err != nil {
		return nil, err
	}
	if len(counts) != words.len() {
		return nil, errors.New("syllable table: the words and counts do not agree")
	}
	return &syllableTable{words: words, counts: counts}, nil
}

// count is w's syllables: each hyphen-joined part from the table, or by
// the rules when the table does not hold it. Parts without a letter
// ("10" in "10-year") add nothing unless the word is all figures, which
// counts one, as the rules count it. It is called once per distinct word
// (the engine's scratch caches the result), so lower-casing may allocate.
func (t *syllableTable) count(w string) int {
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	n := 0
	for part := range strings.SplitSeq(w, "-") {
		if !strings.ContainsFunc(part, unicode.IsLetter) {
			continue
		}
		if i := t.words.find3(part, "", ""); i >= 0 {
			n += int(t.counts[i])
		} else {
			n += syllable.Rules(part)
		}
	}
	return max(n, 1)
}
