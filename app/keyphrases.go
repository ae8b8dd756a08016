package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// keyphraseChips lists the key phrases as toggle buttons: pressing one
// highlights its occurrences in the article (the same selection as an
// entity's or a speaker's, which it replaces); pressing it again, or
// Escape, clears it. selected is the selected phrase's index ("": none).
// Nothing when there are no key phrases. (A function: it has no state.)
func keyphraseChips(phrases []schema.Keyphrase, selected string) app.UI {
	if len(phrases) == 0 {
		return app.Div().Class("keyphrases", "empty")
	}
	return app.Section().ID("keyphrases").Class("panel", "keyphrases").Aria("labelledby", "keyphrases-title").
		OnClick(onChipClick).
		Body(
			app.H2().ID("keyphrases-title").Class("panel-title").Text("Key phrases"),
			app.Ul().Class("chips").Body(
				app.Range(phrases).Slice(func(i int) app.UI {
					p := phrases[i]
					id := strconv.Itoa(i)
					pressed := id == selected
					active := ""
					if pressed {
						active = "active"
					}
					n := len(p.Occurrences)
					return app.Li().Body(
						app.Button().Type("button").Class("chip", "keyphrase-chip", active).
							DataSet("phrase", id).
							Aria("pressed", strconv.FormatBool(pressed)).
							Title("Highlight “"+p.Text+"” in the article").
							Body(
								app.Span().Class("chip-text").Text(p.Text),
								app.Span().Class("chip-count").
									Aria("label", thousands(n)+" "+plural(n, "occurrence", "occurrences")).
									Text(thousands(n)),
							),
					)
				}),
			),
		)
}

func onChipClick(ctx app.Context, e app.Event) {
	if id := closestData(e, "button.keyphrase-chip", "phrase"); id != "" {
		ctx.NewActionWithValue(ActionSelectEntity, Selection{Phrase: id, Scroll: true})
	}
}

// PhraseMarks returns the marks of key phrase id's occurrences, in text
// order, nil when id is none of them.
func PhraseMarks(phrases []schema.Keyphrase, id string) []Mark {
	k, err := strconv.Atoi(id)
	if err != nil || k < 0 || k >= len(phrases) {
		return nil
	}
	occ := phrases[k].Occurrences
	ms := make([]Mark, 0, len(occ))
	for n, o := range occ {
		ms = append(ms, Mark{Kind: MarkPhrase, Start: o.Start, End: o.End, ID: id, N: n})
	}
	return ms
}
