package nlp

import (
	"regexp"
	"testing"
)

// TestHasherMatchesHashWords: lookups hash a string in parts, loading
// hashes it whole; both must agree for every split.
func TestHasherMatchesHashWords(t *testing.T) {
	for _, s := range []string{"", "a", "bias", "i-1 word putin", "i tag+i-2 tag NNP IN", "exactly8", "sixteen bytes!!!", "é€😀"} {
		want := hashWords([]byte(s))
		for i := 0; i <= len(s); i++ {
			for j := i; j <= len(s); j++ {
				h := hasher{h: hashSeed}
				h.add(s[:i])
				h.add(s[i:j])
				h.add(s[j:])
				if got := h.sum(); got != want {
					t.Fatalf("%q split at %d,%d: %x, want %x", s, i, j, got, want)
				}
			}
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
