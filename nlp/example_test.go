package nlp_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/nutgraf/nutgraf/nlp"
)

func ExampleAnalyze() {
	a, err := nlp.Analyze("Storm floods the coast\n\n\"The water rose in minutes,\" said Mayor John Smith.")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("headline:", a.Article.Headline.Text)
	for _, q := range a.Quotes {
		fmt.Printf("%s quote: %q, source %q\n", q.Kind, q.Text, q.Source.Text)
	}
	// Output:
	// headline: Storm floods the coast
	// direct quote: "The water rose in minutes", source "Mayor John Smith"
}

// tass is the opening of a TASS story of 2 June 2017 (credit: TASS): a
// headline, a standfirst, a wire dateline, and quotes attributed by name,
// by pronoun and by description.
const tass = `Putin points to NATO's non-cooperation as undermining war on terror

Vladimir Putin has called for joining forces in the fight against terrorism

ST.PETERSBURG, June 2 / TASS / The lack of instruments for cooperation between Russia and NATO is bad, it deprives sides of opportunity to fight terrorism, said Russian President Vladimir Putin at the 2017 St. Petersburg International Economic Forum on Friday.

Putin reminded that Russia was trying to establish a constructive dialogue with the Alliance. "But all this ceased to exist, in reality, it's not working," the Russian leader said.`

// Load the models once with New, then analyze as many texts as needed.
// Offsets in the Go value are bytes of the text, so they slice it.
func ExampleEngine_Analyze() {
	eng, err := nlp.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, err := eng.Analyze(tass, nlp.Options{SummarySentences: 1})
	if err != nil {
		fmt.Println(err)
		return
	}
	art := a.Article
	fmt.Println("headline:  ", art.Headline.Text)
	fmt.Println("standfirst:", art.Standfirst.Text)
	fmt.Println("dateline:  ", *art.Dateline.Place, "/", *art.Dateline.Date, "/", *art.Dateline.Agency)
	fmt.Println("summary:   ", a.Summary[0].Text)
	s := a.Sentences[len(a.Sentences)-1]
	fmt.Println("last sentence:", tass[s.Start:s.End])
	// Output:
	// headline:   Putin points to NATO's non-cooperation as undermining war on terror
	// standfirst: Vladimir Putin has called for joining forces in the fight against terrorism
	// dateline:   St. Petersburg / June 2 / TASS
	// summary:    The lack of instruments for cooperation between Russia and NATO is bad, it deprives sides of opportunity to fight terrorism, said Russian President Vladimir Putin at the 2017 St. Petersburg International Economic Forum on Friday.
	// last sentence: "But all this ceased to exist, in reality, it's not working," the Russian leader said.
}

// Each entity is one real-world referent, with every mention of it: by
// name, by pronoun, by description ("the Russian leader"). Entities come
// most salient first.
func Example_entities() {
	a, err := nlp.Analyze(tass)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range a.Entities[:3] {
		var mentions []string
		for _, m := range e.Mentions {
			mentions = append(mentions, m.Text+" ("+m.Kind+")")
		}
		fmt.Printf("%s %s, roles %q:\n  %s\n", e.Type, e.Name, e.Roles, strings.Join(mentions, ", "))
	}
	// Output:
	// PERSON Vladimir Putin, roles ["Russian President"]:
	//   Putin (name), Vladimir Putin (name), Vladimir Putin (name), Putin (name), the Russian leader (description)
	// ORG NATO, roles []:
	//   NATO (name), NATO (name)
	// GPE Russia, roles []:
	//   Russia (name), Russia (name)
}

// A quote's Speaker is the id of an entity; Source is the speaker as the
// text names them where the quote is attributed, and Cue the verb.
func Example_quotes() {
	a, err := nlp.Analyze(tass)
	if err != nil {
		fmt.Println(err)
		return
	}
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	for _, q := range a.Quotes {
		speaker := "(unknown)"
		if q.Speaker != nil {
			speaker = names[*q.Speaker]
		}
		fmt.Printf("%s, %s, %q %s:\n  %q\n", speaker, q.Kind, q.Source.Text, q.Cue.Text, q.Text)
	}
	// Output:
	// Vladimir Putin, indirect, "Russian President Vladimir Putin" said:
	//   "The lack of instruments for cooperation between Russia and NATO is bad, it deprives sides of opportunity to fight terrorism"
	// Vladimir Putin, indirect, "Putin" reminded:
	//   "Russia was trying to establish a constructive dialogue with the Alliance"
	// Vladimir Putin, direct, "the Russian leader" said:
	//   "But all this ceased to exist, in reality, it's not working"
}

// The Analysis's JSON form is the versioned contract shared with the
// browser and the command line. Its offsets count UTF-16 code units, as
// JavaScript's text.slice does, where the Go value's count bytes: the
// curly apostrophe is three bytes but one UTF-16 unit.
func Example_json() {
	text := "Putin’s warning to NATO\n\n\"We will see,\" Putin said."
	a, err := nlp.Analyze(text)
	if err != nil {
		fmt.Println(err)
		return
	}
	h := a.Article.Headline
	fmt.Println("Go:  ", h.Start, h.End, text[h.Start:h.End])

	data, err := json.Marshal(a)
	if err != nil {
		fmt.Println(err)
		return
	}
	var doc struct {
		Schema  string
		Article struct{ Headline struct{ Start, End int } }
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("JSON:", doc.Article.Headline.Start, doc.Article.Headline.End, doc.Schema)
	// Output:
	// Go:   0 25 Putin’s warning to NATO
	// JSON: 0 23 nutgraf.analysis/4
}

// Input that cannot be analyzed gives an *nlp.Error with a stable code.
func ExampleError() {
	_, err := nlp.Analyze(" \n\t ")
	var e *nlp.Error
	if errors.As(err, &e) {
		fmt.Println(e.Code)
	}
	_, err = nlp.Analyze(strings.Repeat("x", nlp.MaxInputBytes+1))
	if errors.As(err, &e) {
		fmt.Println(e.Code)
	}
	// Output:
	// empty
	// too_large
}
