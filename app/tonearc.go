package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

const svgNS = "http://www.w3.org/2000/svg"

// ToneArc draws the tone of the article sentence by sentence (see
// ToneGeometry) as an SVG line, with a row of buttons over it, one per
// point, that show the point's sentence in the article. The SVG is only
// a picture (aria-hidden): the caption says the tone in words, and each
// button says its sentence's tone. The buttons are one stop of the Tab
// key; the arrow keys, Home and End move between them.
type ToneArc struct {
	app.Compo

	Chart     ToneChart
	Tone      *schema.Tone
	Sentences int // all the sentences of the article

	focus int // the point that takes the Tab stop
}

// Render draws nothing when no sentence has a tone.
func (t *ToneArc) Render() app.UI {
	c := t.Chart
	if len(c.Points) == 0 {
		return app.Div().Class("tone-arc", "empty")
	}
	focus := min(t.focus, len(c.Points)-1)
	return app.Section().ID("tone-arc").Class("panel", "tone-arc").Aria("labelledby", "tone-arc-title").Body(
		app.H2().ID("tone-arc-title").Class("panel-title").Text("Tone, sentence by sentence"),
		app.P().ID("tone-arc-caption").Class("panel-summary", "tone-caption").Text(ToneCaption(c, t.Tone, t.Sentences)),
		app.Div().Class("tone-plot").Body(
			t.svg(),
			app.Div().Class("tone-points").Role("group").
				Aria("label", "Sentences by tone").
				Aria("describedby", "tone-arc-caption").
				OnClick(t.onClick).
				OnKeyDown(t.onKeyDown).
				Body(
					app.Range(c.Points).Slice(func(k int) app.UI {
						p := c.Points[k]
						tab := -1 // one Tab stop for the group: the point last moved to
						if k == focus {
							tab = 0
						}
						return app.Button().Type("button").Class("tone-point", "tone-"+toneLabel(p.Score)).
							DataSet("k", k).
							DataSet("sentence", p.Sentence).
							DataSet("score", decimal(p.Score, 3)).
							TabIndex(tab).
							Aria("label", p.PointLabel(t.Sentences)).
							Title(p.PointLabel(t.Sentences))
					}),
				),
		),
		app.Div().Class("tone-axis").Aria("hidden", "true").Body(
			app.Span().Text("▲ positive"),
			app.Span().Text("▼ negative"),
		),
	)
}

// svg draws the line: the neutral axis, the path through the points and
// a dot per point. Strokes keep their width however the chart is
// stretched (vector-effect), and a dot is a zero-length stroke with round
// caps, so it stays round too.
func (t *ToneArc) svg() app.UI {
	c := t.Chart
	w, h := coord(toneWidth), coord(toneHeight)
	el := func(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }
	return el("svg").Class("tone-svg").
		Attr("viewBox", "0 0 "+w+" "+h).
		Attr("preserveAspectRatio", "none").
		Attr("focusable", "false").
		Aria("hidden", "true").
		Body(
			el("path").Class("tone-zero").Attr("d", "M0 "+coord(c.ZeroY)+" H"+w).Attr("vector-effect", "non-scaling-stroke"),
			el("path").Class("tone-line").Attr("d", c.Path).Attr("vector-effect", "non-scaling-stroke"),
			app.Range(c.Points).Slice(func(k int) app.UI {
				p := c.Points[k]
				return el("path").Class("tone-dot", "tone-"+toneLabel(p.Score)).
					Attr("d", "M"+coord(p.X)+" "+coord(p.Y)+" h0").
					Attr("vector-effect", "non-scaling-stroke")
			}),
		)
}

func (t *ToneArc) onClick(ctx app.Context, e app.Event) {
	b := closest(e, "button.tone-point")
	if !b.Truthy() {
		return
	}
	k, _ := strconv.Atoi(b.Get("dataset").Get("k").String())
	t.focus = k
	if i, err := strconv.Atoi(b.Get("dataset").Get("sentence").String()); err == nil {
		ctx.NewActionWithValue(ActionShowSentence, i)
	}
}

// onKeyDown moves between the points with the arrow keys, Home and End.
func (t *ToneArc) onKeyDown(ctx app.Context, e app.Event) {
	n := len(t.Chart.Points)
	k := min(t.focus, n-1)
	// From the point that has the focus, which the mouse may have given.
	if v := closestData(e, "button.tone-point", "k"); v != "" {
		k, _ = strconv.Atoi(v)
	}
	switch e.Get("key").String() {
	case "ArrowRight", "ArrowDown":
		k = min(k+1, n-1)
	case "ArrowLeft", "ArrowUp":
		k = max(k-1, 0)
	case "Home":
		k = 0
	case "End":
		k = n - 1
	default:
		return
	}
	e.PreventDefault()
	t.focus = k
	ctx.Defer(func(app.Context) {
		b := app.Window().Get("document").Call("querySelector", `#tone-arc button.tone-point[data-k="`+strconv.Itoa(k)+`"]`)
		if b.Truthy() {
			b.Call("focus")
		}
	})
}

// ToneCaption says the tone arc in words: the article's tone, its
// sentences of each tone, and where it is most negative and positive.
func ToneCaption(c ToneChart, tone *schema.Tone, sentences int) string {
	s := ""
	if tone != nil {
		s = "Overall " + ToneWords(tone.Score, tone.Label) + " (" + signed(tone.Score) + " on a scale of −1 to +1): " +
			thousands(tone.Positive) + " positive, " + thousands(tone.Negative) + " negative and " +
			thousands(tone.Neutral) + " neutral " + plural(tone.Positive+tone.Negative+tone.Neutral, "sentence", "sentences") + ". "
	}
	if len(c.Points) == 0 {
		return s
	}
	lo, hi := c.Points[0], c.Points[0]
	for _, p := range c.Points {
		if p.Score < lo.Score {
			lo = p
		}
		if p.Score > hi.Score {
			hi = p
		}
	}
	where := func(p TonePoint) string {
		if p.Last != p.Sentence {
			return "sentences " + thousands(p.Sentence+1) + "–" + thousands(p.Last+1) + " (" + signed(p.Score) + ")"
		}
		return "sentence " + thousands(p.Sentence+1) + " (" + signed(p.Score) + ")"
	}
	if lo.Score < 0 {
		s += "Most negative: " + where(lo) + ". "
	}
	if hi.Score > 0 {
		s += "Most positive: " + where(hi) + ". "
	}
	return s + "Each point is a button that shows its " + plural(len(c.Points), "sentence", "sentences") + " in the article."
}
