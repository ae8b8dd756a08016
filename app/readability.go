package app

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// Formula is one readability formula as the details panel shows it.
type Formula struct {
	Key   string // data-formula
	Name  string
	Value string // as shown
	Raw   string // data-value
	Note  string // what the value means
	Uses  string // the counts it is computed from, written out
}

// ReadabilityFormulas returns the six formulas of r with the counts each
// uses, nil when there is no running text.
func ReadabilityFormulas(r *schema.Readability) []Formula {
	if r == nil {
		return nil
	}
	count := func(n int, one, many string) string { return thousands(n) + " " + plural(n, one, many) }
	words := count(r.Words, "word", "words")
	sentences := count(r.Sentences, "sentence", "sentences")
	syllables := count(r.Syllables, "syllable", "syllables")
	complexWords := count(r.ComplexWords, "complex word", "complex words")
	polysyllables := count(r.Polysyllables, "word of 3+ syllables", "words of 3+ syllables")
	letters := count(r.Letters, "letter", "letters")
	uses := func(parts ...string) string { return strings.Join(parts, ", ") }
	grade := func(key, name string, v float64, u string) Formula {
		return Formula{Key: key, Name: name, Value: decimal(v, 1), Raw: decimal(v, 2), Note: "US grade; " + GradeNote(v), Uses: u}
	}
	return []Formula{
		{Key: "flesch", Name: "Flesch reading ease", Value: decimal(r.FleschReadingEase, 0), Raw: decimal(r.FleschReadingEase, 2),
			Note: "0–100, higher is easier; " + FleschNote(r.FleschReadingEase), Uses: uses(words, sentences, syllables)},
		grade("grade", "Flesch–Kincaid grade", r.FleschKincaidGrade, uses(words, sentences, syllables)),
		grade("fog", "Gunning fog", r.GunningFog, uses(words, sentences, complexWords)),
		grade("smog", "SMOG", r.SMOG, uses(sentences, polysyllables)),
		grade("coleman-liau", "Coleman–Liau", r.ColemanLiau, uses(letters, words, sentences)),
		grade("ari", "Automated readability index", r.ARI, uses(letters, words, sentences)),
	}
}

// ReadabilityPanel is the readability details: each formula with its
// score, what the score means and the counts it is computed from, behind
// a disclosure button, closed at first. (A description list rather than a
// table or details element: go-app's element types are each a good part
// of a kilobyte of wasm, and the page has these already.)
type ReadabilityPanel struct {
	app.Compo

	Readability *schema.Readability

	open bool
}

// Render draws the disclosure and, open, the formulas.
func (p *ReadabilityPanel) Render() app.UI {
	fs := ReadabilityFormulas(p.Readability)
	return app.Section().ID("readability").Class("panel", "readability").Aria("labelledby", "readability-title").Body(
		app.H2().ID("readability-title").Class("panel-title").Text("Readability"),
		app.If(len(fs) == 0, func() app.UI {
			return app.P().Class("empty-note").Text("No running text to measure.")
		}).Else(func() app.UI {
			return app.Div().Body(
				app.Button().Type("button").ID("readability-toggle").Class("link-button", "disclosure").
					Aria("expanded", strconv.FormatBool(p.open)).
					Aria("controls", "readability-formulas").
					OnClick(func(app.Context, app.Event) { p.open = !p.open }).
					Text("All six formulas and the counts they use"),
				app.Dl().ID("readability-formulas").Class("formulas").Hidden(!p.open).Body(
					app.Range(fs).Slice(func(i int) app.UI {
						f := fs[i]
						return app.Div().Class("formula").DataSet("formula", f.Key).Body(
							app.Dt().Class("formula-name").Text(f.Name),
							app.Dd().Class("formula-value").DataSet("value", f.Raw).Text(f.Value),
							app.Dd().Class("formula-note").Text(f.Note),
							app.Dd().Class("formula-uses").Text("From "+f.Uses),
						)
					}),
				),
				app.P().Class("panel-summary").Hidden(!p.open).Text("Counted over the body's "+strconv.Itoa(p.Readability.Sentences)+
					" sentences. Complex words are Gunning's: three syllables or more, not proper names, compounds or -es/-ed/-ing forms."),
			)
		}),
	)
}
