package app

import (
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

func TestSummarizeSources(t *testing.T) {
	if SummarizeSources(nil) != nil {
		t.Error("no sources, yet a summary")
	}
	s := SummarizeSources(&schema.Sources{
		Speakers:  []schema.SpeakerShare{{Entity: "e1"}, {Entity: "e2"}},
		Named:     5,
		Anonymous: 1,
		Gender:    schema.GenderBalance{Female: 1, Male: 1},
	})
	var got []string
	for _, st := range append(s.Counts, s.Gender...) {
		got = append(got, st.Key+"="+st.Raw+" "+st.Value+" "+st.Label)
	}
	want := []string{
		"speakers=2 2 named speakers",
		"named=5 5 quotes from named sources",
		"anonymous=1 1 quote from an anonymous source",
		"unattributed=0 0 unattributed quotes",
		"women=1 1 woman",
		"men=1 1 man",
		"gender-unknown=0 0 of unknown gender",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
