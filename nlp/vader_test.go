package nlp

import "testing"

// TestVaderRules checks the rules one by one against the compound scores
// that vader-sentiment 1.1.3 gives the same sentences (node, then
// require("vader-sentiment").SentimentIntensityAnalyzer.polarity_scores).
// Most are the examples of VADER's README.
func TestVaderRules(t *testing.T) {
	lex, err := loadVaderLexicon(vaderLexiconBytes)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rule, text string
		want       float64
	}{
		{"lexicon", "The book was good.", 0.4404},
		{"lexicon, several words", "VADER is smart, handsome, and funny.", 0.8316},
		{"exclamation", "VADER is smart, handsome, and funny!", 0.8439},
		{"exclamations", "VADER is VERY SMART, handsome, and FUNNY!!!", 0.9342},
		{"booster", "VADER is very smart, handsome, and funny.", 0.8545},
		{"capitals", "VADER is VERY SMART, handsome, and FUNNY.", 0.9227},
		{"capitals, negative", "Today SUX!", -0.5461},
		{"negation", "VADER is not smart, handsome, nor funny.", -0.7424},
		{"negation is case-sensitive", "Not bad at all", -0.5423},
		{"negation by without", "The talks ended without agreement.", -0.3875},
		{"negation by n't, at least", "At least it isn't a horrible book.", 0.431},
		{"least", "It was the least helpful reply.", -0.3252},
		{"kind of", "The book was only kind of good.", 0.3832},
		{"kind of, three words back", "A kind of wonderful day", 0.5719},
		{"but", "The plot was good, but the characters are uncompelling and the dialog is not great.", -0.7042},
		{"But is not but", "Today only kinda sux! But I'll get by, lol", 0.2228},
		{"never so", "He is never so happy.", 0.823},
		{"idiom", "The food here is the bomb.", 0.6124},
		{"emoticons", "Make sure you :) or :D today!", 0.8633},
		{"question marks", "Why would anyone do this?? Terrible!!", -0.6777},
		{"curly quotes stay on the word", "“Good” news, they said.", 0},
		{"no words", "", 0},
	}
	var sc vaderScratch
	var num []byte
	for _, tt := range tests {
		c, _ := lex.vaderCompound(tt.text, &sc)
		if got := roundDecimals(c, 4, &num); got != tt.want {
			t.Errorf("%s: compound(%q) = %v, want %v", tt.rule, tt.text, got, tt.want)
		}
	}
}

// TestVaderWords checks the splitting and the punctuation VADER strips.
func TestVaderWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Great! (great) great... :) a b", []string{"Great", "(great)", "great...", ":)"}},
		{"\"Hi,\" she said!?!", []string{"\"Hi,\"", "she", "said"}},
		{"it’s here\u00a0now", []string{"it’s", "here", "now"}},
		{"U.S., x-ray.", []string{"U.S.,", "x-ray."}},
	}
	for _, tt := range tests {
		got := vaderWords(tt.text, nil)
		if len(got) != len(tt.want) {
			t.Errorf("vaderWords(%q) = %q, want %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("vaderWords(%q) = %q, want %q", tt.text, got, tt.want)
				break
			}
		}
	}
}
