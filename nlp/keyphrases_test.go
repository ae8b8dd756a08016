package nlp

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// TestKeyphrasesTASS checks the canonical article: its subjects (NATO,
// Russia) and its theme ("fight against terrorism", a phrase joined by a
// preposition) are among the top five.
func TestKeyphrasesTASS(t *testing.T) {
	text := readTestdata(t, "tass-putin-nato.txt")
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkKeyphrases(t, text, a.Keyphrases)
	var top []string
	for _, k := range a.Keyphrases[:min(5, len(a.Keyphrases))] {
		top = append(top, k.Text)
	}
	for _, want := range []string{"NATO", "Russia", "fight against terrorism"} {
		if !slices.Contains(top, want) {
			t.Errorf("top five key phrases %q lack %q", top, want)
		}
	}
}

// TestKeyphrasesMergeForms checks that a plural and its singular are one
// phrase, and so are an entity's name and its alias, each with the
// occurrences of all its forms.
func TestKeyphrasesMergeForms(t *testing.T) {
	text := "Senators meet on water rights\n\n" +
		"Vladimir Putin met the senators on Monday to discuss water rights. " +
		"Putin said each senator had a plan for water rights. " +
		"The water right of every town was discussed, Putin said. " +
		"A senator said the talks went well."
	a, err := engine(t).Analyze(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkKeyphrases(t, text, a.Keyphrases)
	forms := func(name string) []string {
		for _, k := range a.Keyphrases {
			if strings.EqualFold(k.Text, name) {
				var out []string
				for j, o := range k.Occurrences {
					if j > 0 && o.Start < k.Occurrences[j-1].Start {
						t.Errorf("key phrase %q: occurrences out of order at %d", k.Text, o.Start)
					}
					if !slices.Contains(out, o.Text) {
						out = append(out, o.Text)
					}
				}
				return out
			}
		}
		t.Errorf("no key phrase %q in %+v", name, a.Keyphrases)
		return nil
	}
	if f := forms("water rights"); !slices.Contains(f, "water right") || !slices.Contains(f, "water rights") {
		t.Errorf("water rights occurs as %q, want its singular merged", f)
	}
	if f := forms("Vladimir Putin"); !slices.Contains(f, "Putin") {
		t.Errorf("Vladimir Putin occurs as %q, want the alias Putin merged", f)
	}
	if f := forms("senators"); len(f) < 2 {
		t.Errorf("senators occurs as %q, want senator and senators", f)
	}
}

// TestKeyphrasesArticles checks every shared article for phrases a
// reader would find wrong: stop words, numbers, pronouns, a phrase
// inside a better one, occurrences that are not where they say.
func TestKeyphrasesArticles(t *testing.T) {
	for _, path := range sharedArticles(t) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		a, err := engine(t).Analyze(string(data), Options{})
		if err != nil {
			t.Fatal(err)
		}
		if a.Summary != nil && len(a.Keyphrases) == 0 {
			t.Errorf("%s: a summary but no key phrases", path)
		}
		checkKeyphrases(t, string(data), a.Keyphrases)
	}
}

var pronounsAndDeterminers = set("he", "she", "it", "they", "we", "i", "you", "him", "her", "them",
	"us", "me", "this", "that", "these", "those", "the", "a", "an", "who", "which", "what")

func checkKeyphrases(t *testing.T, text string, ks []schema.Keyphrase) {
	t.Helper()
	if len(ks) > maxKeyphrases {
		t.Errorf("%d key phrases, want at most %d", len(ks), maxKeyphrases)
	}
	for i, k := range ks {
		if i == 0 && k.Score != 1 {
			t.Errorf("top key phrase %q scores %v, want 1", k.Text, k.Score)
		}
		if k.Score <= 0 || k.Score > 1 || i > 0 && k.Score > ks[i-1].Score {
			t.Errorf("key phrase %q scores %v after %v", k.Text, k.Score, ks[max(i-1, 0)].Score)
		}
		content := 0
		for _, w := range strings.Fields(k.Text) {
			// A pronoun is written lower-case ("us", not "US").
			if !isKeyStopWord(w) && !pronounsAndDeterminers[w] && !isPhraseJoiner(w) && hasLetter(w) {
				content++
			}
		}
		if content == 0 {
			t.Errorf("key phrase %q has no content word", k.Text)
		}
		if len(k.Occurrences) == 0 {
			t.Errorf("key phrase %q has no occurrence", k.Text)
		}
		for j, o := range k.Occurrences {
			if j > 0 && o.Start < k.Occurrences[j-1].Start {
				t.Errorf("key phrase %q: occurrences out of order at %d", k.Text, o.Start)
			}
			if o.Start < 0 || o.End > len(text) || o.Start >= o.End || text[o.Start:o.End] != o.Text {
				t.Errorf("key phrase %q: occurrence %+v is not the text there", k.Text, o)
			}
		}
		for _, better := range ks[:i] {
			if containsWords(strings.ToLower(better.Text), strings.ToLower(k.Text)) {
				t.Errorf("key phrase %q is inside the better %q", k.Text, better.Text)
			}
		}
	}
}

func TestSingularize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"countries", "country"}, {"taxes", "tax"}, {"churches", "church"}, {"issues", "issue"},
		{"representatives", "representative"}, {"businesses", "business"}, {"politics", "politics"},
		{"status", "status"}, {"crisis", "crisis"}, {"bus", "bus"}, {"class", "class"},
	} {
		if got := string(singularize([]byte(c.in))); got != c.want {
			t.Errorf("singularize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The stop words are binary-searched: out of order, some would be missed.
func TestKeyStopWordsSorted(t *testing.T) {
	if !slices.IsSorted(keyStopWords) {
		t.Error("keyStopWords is not sorted")
	}
	for _, w := range keyStopWords {
		if !isKeyStopWord(w) || !isKeyStopWord(strings.ToUpper(w[:1])+w[1:]) {
			t.Errorf("isKeyStopWord(%q) is false", w)
		}
	}
	if isKeyStopWord("terrorism") {
		t.Error("isKeyStopWord(terrorism) is true")
	}
}
