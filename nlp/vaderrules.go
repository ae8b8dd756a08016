package nlp

import "sort"

// The word lists of VADER's rules, as vader-sentiment 1.1.3 has them.

// vaderNegations are the words that negate a sentiment word up to three
// words after them (its NEGATE list), sorted; a word holding "n't" does
// too. They are matched as written, case and all, as VADER does.
var vaderNegations = []string{
	"ain't", "aint", "aren't", "arent", "can't", "cannot", "cant",
	"couldn't", "couldnt", "daren't", "darent", "despite", "didn't",
	"didnt", "doesn't", "doesnt", "don't", "dont", "hadn't", "hadnt",
	"hasn't", "hasnt", "haven't", "havent", "isn't", "isnt", "mightn't",
	"mightnt", "mustn't", "mustnt", "needn't", "neednt", "neither",
	"never", "none", "nope", "nor", "not", "nothing", "nowhere",
	"oughtn't", "oughtnt", "rarely", "seldom", "shan't", "shant",
	"shouldn't", "shouldnt", "uh-uh", "uhuh", "wasn't", "wasnt",
	"weren't", "werent", "without", "won't", "wont", "wouldn't", "wouldnt",
}

// vaderBoostersUp and vaderBoostersDown are the degree adverbs that make
// the next sentiment words stronger or weaker (its BOOSTER_DICT), sorted
// and looked up lower-cased (vaderlexicon.go keeps them with the
// lexicon's words). The dictionary's two-word entries ("kind
// of", "sort of", "just enough") are in vaderBoosterPairs: only the idiom
// rule meets them, with the words as written.
var (
	vaderBoostersUp = []string{
		"absolutely", "amazingly", "awfully", "completely", "considerably",
		"decidedly", "deeply", "effing", "enormously", "entirely",
		"especially", "exceptionally", "extremely", "fabulously", "flippin",
		"flipping", "frickin", "fricking", "friggin", "frigging", "fucking",
		"fully", "greatly", "hella", "highly", "hugely", "incredibly",
		"intensely", "majorly", "more", "most", "particularly", "purely",
		"quite", "really", "remarkably", "so", "substantially", "thoroughly",
		"totally", "tremendously", "uber", "unbelievably", "unusually",
		"utterly", "very",
	}
	vaderBoostersDown = []string{
		"almost", "barely", "hardly", "kind-of", "kinda", "kindof", "less",
		"little", "marginally", "occasionally", "partly", "scarcely",
		"slightly", "somewhat", "sort-of", "sorta", "sortof",
	}
	vaderBoosterPairs = [...][2]string{{"just", "enough"}, {"kind", "of"}, {"sort", "of"}}
)

// vaderIdioms are its SPECIAL_CASE_IDIOMS: phrases whose valence replaces
// that of the sentiment word in them, matched as written.
var vaderIdioms = [...]struct {
	words   []string
	valence float64
}{
	{[]string{"the", "shit"}, 3},
	{[]string{"the", "bomb"}, 3},
	{[]string{"bad", "ass"}, 1.5},
	{[]string{"yeah", "right"}, -2},
	{[]string{"cut", "the", "mustard"}, 2},
	{[]string{"kiss", "of", "death"}, -1.5},
	{[]string{"hand", "to", "mouth"}, -2},
}

// VADER's empirically derived constants.
const (
	vaderBoost    = 0.293 // B_INCR, B_DECR is its negative
	vaderCapBoost = 0.733 // C_INCR: a sentiment word in capitals
	vaderNegate   = -0.74 // N_SCALAR
	vaderAlpha    = 15    // normalize's alpha
)

func inSorted(list []string, w string) bool {
	i := sort.SearchStrings(list, w)
	return i < len(list) && list[i] == w
}

// vaderNegated is VADER's negated() for one word.
func vaderNegated(w string) bool { return inSorted(vaderNegations, w) || containsNT(w) }

func containsNT(w string) bool {
	for i := 0; i+3 <= len(w); i++ {
		if w[i] == 'n' && w[i+1] == '\'' && w[i+2] == 't' {
			return true
		}
	}
	return false
}

// vaderUpper is Python's str.isupper as VADER writes it: an ASCII capital
// and no ASCII small letter.
func vaderUpper(w string) bool {
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 'a' && c <= 'z':
			return false
		case c >= 'A' && c <= 'Z':
			upper = true
		}
	}
	return upper
}
