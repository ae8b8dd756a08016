package nlp

import (
	"regexp"
	"strings"
	"testing"
)

// comparePieces must order a string and pieces as strings.Compare orders
// the string and the pieces joined, however they are split.
func TestComparePieces(t *testing.T) {
	words := []string{"", "a", "ab", "abc", "b", "i-1 word putin", "i-1 word", "i tag+i-2 tag NNP IN", "é€😀", "\xff"}
	for _, s := range words {
		for _, key := range words {
			want := strings.Compare(s, key)
			for i := 0; i <= len(key); i++ {
				for j := i; j <= len(key); j++ {
					if got := comparePieces(s, key[:i], key[i:j], "", key[j:]); got != want {
						t.Fatalf("comparePieces(%q, %q split at %d,%d) = %d, want %d", s, key, i, j, got, want)
					}
				}
			}
		}
	}
}

// The indexes binary-search the models' string lists, which must be
// sorted and distinct; every string must be found where it is.
func TestModelIndexesSorted(t *testing.T) {
	e := engine(t)
	for name, x := range map[string]*strIndex{"tagger features": e.tagger.feats, "tagger dictionary": e.tagger.dict,
		"gazetteer": e.entities.gazWords} {
		if x.len() == 0 {
			t.Fatalf("%s: empty", name)
		}
		for i := 1; i < x.len(); i++ {
			if x.view(i-1) >= x.view(i) {
				t.Fatalf("%s: %q before %q: not sorted and distinct", name, x.view(i-1), x.view(i))
			}
		}
		for i := 0; i < x.len(); i += 97 {
			s := x.view(i)
			if got := x.find5(s[:len(s)/2], "", s[len(s)/2:], "", ""); got != i {
				t.Fatalf("%s: find(%q) = %d, want %d", name, s, got, i)
			}
		}
		if got := x.find3(x.view(0), "\x00", ""); got != -1 {
			t.Fatalf("%s: found a string that is not there (%d)", name, got)
		}
	}
}

func TestIsNoneToken(t *testing.T) {
	re := regexp.MustCompile(`^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`)
	for _, w := range []string{"0", "*", "*x*", "*?*", "*-1", "*-123", "*-1234", "*T*-12", "*EXP*-1", "**", "*a", "*T*", "*T*-", "00", "*_*", "*-", "*AB*-1x", "-LRB-"} {
		if got, want := isNoneToken(w), re.MatchString(w); got != want {
			t.Errorf("isNoneToken(%q) = %v, prose's regexp says %v", w, got, want)
		}
	}
}
