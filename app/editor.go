package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// SampleURL is the sample article: a TASS wire story, credited where the
// sample is offered.
const SampleURL = "/web/samples/tass-putin-nato.txt"

// SampleCredit is shown next to the sample button.
const SampleCredit = "Sample: TASS, 2 June 2017"

// Editor is the paste box with its buttons. It owns the text being
// edited; Analyze posts ActionAnalyze with it, whatever it is.
type Editor struct {
	app.Compo

	// Keep keeps the text as a draft in local storage (see DraftKey) and
	// offers Clear. The main page keeps it; the embedded widget, whose
	// text belongs to the host page, does not.
	Keep bool

	text          string
	saves         int  // edits so far: a pending save runs if still the last
	unkept        bool // the browser refused to keep the draft
	live          bool // the UI runs: false in the pre-rendered page
	loadingSample bool

	// What the reader did in the pre-rendered box before the UI started.
	early       bool
	earlyFocus  bool
	earlyCursor [2]int
}

// OnInit runs before the component replaces the pre-rendered page (go-app
// swaps the whole page in when the UI starts). The pre-rendered box is a
// plain textarea that a reader may already have pasted into while the UI
// was downloading: keep its text, and its focus and cursor for OnMount.
func (e *Editor) OnInit() {
	if !app.IsClient {
		return
	}
	old := app.Window().GetElementByID("article-input")
	if !old.Truthy() {
		return
	}
	e.text = old.Get("value").String()
	e.early = true
	// A text pasted before the UI ran is newer than the kept draft. The
	// draft is only shown, not analyzed: the reader decides when.
	if e.Keep && e.text == "" {
		e.text = loadDraft()
	}
	if active := app.Window().Get("document").Get("activeElement"); active.Truthy() && active.Equal(old) {
		e.earlyFocus = true
		e.earlyCursor = [2]int{old.Get("selectionStart").Int(), old.Get("selectionEnd").Int()}
	}
}

// OnMount enables the buttons, and gives the box back its focus if the
// reader was in the pre-rendered one.
func (e *Editor) OnMount(ctx app.Context) {
	e.live = true
	ctx.Handle(ActionSetText, e.handleSetText)
	if e.early && e.earlyFocus {
		ctx.Defer(func(app.Context) {
			if box := app.Window().GetElementByID("article-input"); box.Truthy() {
				box.Call("focus")
				box.Call("setSelectionRange", e.earlyCursor[0], e.earlyCursor[1])
			}
		})
	}
}

// Render draws the editor. The text is set as the textarea's value (a
// property, never markup).
func (e *Editor) Render() app.UI {
	// Analyze is enabled as soon as the UI runs: before the engine is
	// ready the request waits for it, and for an empty box the engine's
	// answer ("there is no text") says what to do better than a greyed-out
	// button. In the pre-rendered page, which shows before the UI runs,
	// the buttons are disabled since nothing would answer them; the box
	// works, and keeps its text when the UI starts (see OnInit).
	analyze := app.Button().ID("analyze-button").Class("button", "primary").Type("button").
		Text("Analyze").
		Title("Analyze the text (Ctrl+Enter)").
		OnClick(e.analyze)
	sample := app.Button().ID("sample-button").Class("button", "secondary").Type("button").
		Text("Try a sample").
		OnClick(e.loadSample)
	if !e.live {
		analyze = analyze.Disabled(true)
		sample = sample.Disabled(true)
	}
	if e.loadingSample {
		sample = sample.Disabled(true).Aria("busy", "true")
	}
	var clearButton app.UI
	if e.Keep {
		b := app.Button().ID("clear-button").Class("button", "secondary").Type("button").
			Text("Clear").
			Title("Empty the box and forget the text kept on this device").
			OnClick(e.clear)
		if !e.live {
			b = b.Disabled(true)
		}
		clearButton = b
	}
	note := "Your text is analyzed on this device and is never uploaded."
	if e.Keep {
		note += " It is kept on this device until you press Clear."
	}
	return app.Section().ID("editor").Class("editor").Aria("label", "Article").Body(
		app.Label().For("article-input").Class("editor-label").Text("Paste a news article"),
		app.Textarea().ID("article-input").Class("article-input").
			Name("article").
			Placeholder("Paste the article here: kicker, headline, standfirst, dateline and body, paragraphs separated by blank lines.").
			Rows(14).
			Spellcheck(false).
			Aria("describedby", "privacy-note").
			Text(e.text).
			OnInput(e.onInput).
			OnKeyDown(e.onKeyDown),
		app.Div().Class("editor-actions").Body(
			analyze,
			sample,
			e.fileButton(),
			clearButton,
			app.Span().ID("sample-credit").Class("credit").Text(SampleCredit),
		),
		app.P().ID("privacy-note").Class("privacy-note").Text(note),
		app.If(e.unkept, func() app.UI {
			return app.P().ID("draft-note").Class("draft-note").
				Text("This text is too large to keep on this device: it will be lost if you close or reload the page.")
		}),
	)
}

// onInput takes the box's text and keeps it as the draft once the reader
// pauses: writing megabytes to storage on every keystroke would lag.
func (e *Editor) onInput(ctx app.Context, ev app.Event) {
	e.text = ctx.JSSrc().Get("value").String()
	e.keepSoon(ctx)
}

// draftDelay is how long after the last edit the draft is written.
const draftDelay = 300 * time.Millisecond

func (e *Editor) keepSoon(ctx app.Context) {
	if !e.Keep {
		return
	}
	e.saves++
	n := e.saves
	ctx.After(draftDelay, func(ctx app.Context) {
		if n == e.saves {
			e.keep()
		}
	})
}

// keep writes the draft now.
func (e *Editor) keep() {
	if !e.Keep {
		return
	}
	e.saves++ // a pending save is now out of date
	e.unkept = saveDraft(e.text) != nil
}

// clear empties the box and forgets the draft.
func (e *Editor) clear(ctx app.Context, _ app.Event) {
	e.text = ""
	e.keep()
	ctx.Defer(func(app.Context) {
		if box := app.Window().GetElementByID("article-input"); box.Truthy() {
			box.Set("value", "") // go-app leaves a value the reader typed
			box.Call("focus")
		}
	})
}

// handleSetText shows a text given from elsewhere (the host page of the
// embedded widget) in the box, where the reader can see what is analyzed.
func (e *Editor) handleSetText(ctx app.Context, a app.Action) {
	if text, ok := a.Value.(string); ok {
		ctx.Dispatch(func(app.Context) { e.text = text })
	}
}

func (e *Editor) analyze(ctx app.Context, _ app.Event) {
	e.keep() // the text sent to the engine is kept whatever becomes of it
	ctx.NewActionWithValue(ActionAnalyze, e.text)
}

// onKeyDown analyzes on Ctrl+Enter (or Cmd+Enter).
func (e *Editor) onKeyDown(ctx app.Context, ev app.Event) {
	if ev.Get("key").String() != "Enter" || !(ev.Get("ctrlKey").Bool() || ev.Get("metaKey").Bool()) {
		return
	}
	ev.PreventDefault()
	// The input event that stored the text has already run.
	e.analyze(ctx, ev)
}

// loadSample fetches the sample article from this site into the editor.
func (e *Editor) loadSample(ctx app.Context, _ app.Event) {
	if e.loadingSample {
		return
	}
	e.loadingSample = true
	ctx.Async(func() {
		text, err := fetchText(SampleURL)
		ctx.Dispatch(func(ctx app.Context) {
			e.loadingSample = false
			if err != nil {
				ctx.NewActionWithValue(ActionError, "The sample could not be loaded: "+err.Error()+".")
				return
			}
			e.text = text
			e.keep()
			ctx.Defer(func(app.Context) {
				if b := app.Window().GetElementByID("analyze-button"); b.Truthy() {
					b.Call("focus")
				}
			})
		})
	})
}
