package nerfeat

import "testing"

func TestShapeAndCapClass(t *testing.T) {
	for _, c := range []struct{ w, shape, cap string }{
		{"Putin", "Xx", "Xx"}, {"NATO", "X", "XX"}, {"U.S.", "X.X.", "XX"}, {"2017", "d", "d"},
		{"iPhone", "xXx", "xX"}, {"the", "x", "x"}, {",", ",", "p"}, {"McDonald", "XxXx", "XX"},
		{"Émile", "Xx", "Xx"}, {"B-52", "X-d", "d"}, {"A", "X", "Xx"},
	} {
		if got := Shape(c.w); got != c.shape {
			t.Errorf("Shape(%q) = %q, want %q", c.w, got, c.shape)
		}
		if got := CapClass(c.w); got != c.cap {
			t.Errorf("CapClass(%q) = %q, want %q", c.w, got, c.cap)
		}
	}
}

// The model stores feature hashes: changing Hash silently breaks every
// trained model, so its values are pinned.
func TestHashIsStable(t *testing.T) {
	if got := Hash(tWord, "putin"); got != 0xe64c9671 {
		t.Fatalf("Hash(tWord, %q) = %#x; the trained model expects 0xe64c9671", "putin", got)
	}
}

func TestCapsLine(t *testing.T) {
	words := func(ws ...string) []Word {
		out := make([]Word, len(ws))
		for i, w := range ws {
			out[i] = NewWord(w, 0)
		}
		return out
	}
	if !CapsLine(words("PUTIN", "WARNS", "NATO", "!")) {
		t.Error("an all-caps headline is not a caps line")
	}
	if CapsLine(words("Putin", "WARNS", "NATO", "ON")) || CapsLine(words("NATO", "US")) {
		t.Error("a mixed line or a two-word line is a caps line")
	}
}
