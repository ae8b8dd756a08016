package app

import (
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EmbedScriptPath is the embed script, at the site's root so that its URL
// is the one site owners paste (see docs/embed.md).
const EmbedScriptPath = "/embed.js"

// hostPlaceholder stands for the site's origin in the pre-rendered page,
// which is built before anyone knows where it will be served; the page
// puts its real origin in as soon as it runs.
const hostPlaceholder = "https://HOST"

// EmbeddingPage is the guide for site owners (/embedding): the one-tag
// snippet with this site's origin in it, the JavaScript API, and a live
// widget that this page mounts with the real /embed.js, as another site
// would, with a button that drives it through the API.
type EmbeddingPage struct {
	app.Compo

	origin  string
	widget  app.Value // the handle Nutgraf.mount returned; nil until mounted
	status  string    // what became of mounting the live example
	result  string    // what the API demo's promise gave
	working bool      // the API demo is running
	funcs   []app.Func
}

// OnInit reads the page's origin, for the snippets.
func (p *EmbeddingPage) OnInit() {
	p.origin = hostPlaceholder
	if app.IsClient {
		p.origin = app.Window().Get("location").Get("origin").String()
	}
	p.status = "Loading the live example…"
}

// OnMount loads /embed.js, unless it is already here, and mounts the live
// widget with it.
func (p *EmbeddingPage) OnMount(ctx app.Context) {
	if app.Window().Get("Nutgraf").Truthy() {
		p.mount(ctx)
		return
	}
	doc := app.Window().Get("document")
	script := doc.Call("createElement", "script")
	onLoad := p.fn(func(app.Value, []app.Value) any {
		ctx.Dispatch(p.mount)
		return nil
	})
	onError := p.fn(func(app.Value, []app.Value) any {
		ctx.Dispatch(func(app.Context) { p.status = "The embed script could not be loaded." })
		return nil
	})
	script.Call("addEventListener", "load", onLoad)
	script.Call("addEventListener", "error", onError)
	script.Set("src", EmbedScriptPath)
	doc.Get("head").Call("appendChild", script)
}

// OnDismount removes the live widget.
func (p *EmbeddingPage) OnDismount() {
	if p.widget != nil {
		p.widget.Call("destroy")
		p.widget = nil
	}
	for _, f := range p.funcs {
		f.Release()
	}
	p.funcs = nil
}

func (p *EmbeddingPage) fn(f func(app.Value, []app.Value) any) app.Func {
	fn := app.FuncOf(f)
	p.funcs = append(p.funcs, fn)
	return fn
}

func (p *EmbeddingPage) mount(ctx app.Context) {
	defer func() {
		// Nutgraf.mount throws on a bad argument; syscall/js panics then.
		if r := recover(); r != nil {
			p.status = fmt.Sprintf("The live example could not be mounted: %v", r)
		}
	}()
	el := app.Window().GetElementByID("live-embed")
	if !el.Truthy() || p.widget != nil {
		return
	}
	p.widget = app.Window().Get("Nutgraf").Call("mount", el, map[string]any{"maxHeight": 1600})
	p.status = "This widget is the real one, mounted on this page by " + EmbedScriptPath + "."
}

// analyzeSample fetches the sample and has the live widget analyze it
// through its handle, as a host page would, then reports what the
// promise gave.
func (p *EmbeddingPage) analyzeSample(ctx app.Context, _ app.Event) {
	if p.widget == nil || p.working {
		return
	}
	p.working, p.result = true, "Analyzing the sample…"
	ctx.Async(func() {
		text, err := fetchText(SampleURL)
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				p.working, p.result = false, "The sample could not be loaded: "+err.Error()+"."
				return
			}
			var onOK, onErr app.Func
			done := func(msg string) {
				ctx.Dispatch(func(app.Context) { p.working, p.result = false, msg })
				onOK.Release()
				onErr.Release()
			}
			onOK = app.FuncOf(func(_ app.Value, args []app.Value) any {
				done(describeAnalysis(args[0]))
				return nil
			})
			onErr = app.FuncOf(func(_ app.Value, args []app.Value) any {
				done("The promise was rejected: " + args[0].Get("code").String() + ": " + args[0].Get("message").String())
				return nil
			})
			p.widget.Call("analyze", text).Call("then", onOK, onErr)
		})
	})
}

// describeAnalysis sums up an Analysis object as the promise gave it.
func describeAnalysis(a app.Value) string {
	entities, quotes := a.Get("entities"), a.Get("quotes")
	var names []string
	for i := range min(entities.Length(), 3) {
		names = append(names, entities.Index(i).Get("name").String())
	}
	return fmt.Sprintf("The promise resolved with an Analysis (%s): %d entities (%s…) and %d quotes.",
		a.Get("schema").String(), entities.Length(), strings.Join(names, ", "), quotes.Length())
}

// Render draws the guide.
func (p *EmbeddingPage) Render() app.UI {
	return app.Div().ID("page").Class("page", "guide-page").Body(
		app.Header().Class("masthead").Body(
			app.Div().Class("masthead-inner").Body(
				app.P().Class("brand").Body(
					app.A().Class("brand-link").Href("/").Body(
						app.Img().Class("brand-icon").Src("/web/icon.svg").Aria("hidden", "true"),
						app.Span().Text("Nutgraf"),
					),
				),
				app.H1().Class("tagline").Text("Embed the analyzer on your site"),
			),
		),
		app.Main().ID("main").Class("main", "guide").Body(
			app.Section().Class("guide-section").Aria("labelledby", "guide-tag").Body(
				app.H2().ID("guide-tag").Text("One tag"),
				app.P().Text("Paste this where the analyzer should appear. It adds a frame of this site that sizes itself to its content; your readers paste an article into it and see who and what it is about and who is quoted. The text stays in their browser."),
				app.Pre().Class("code").Body(app.Code().ID("snippet-tag").Text(tagSnippet(p.origin))),
				app.P().Text("Options, as attributes of the tag:"),
				app.Dl().Class("guide-options").Body(
					option("data-nutgraf-target=\"#id\"", "mount the widget into that element rather than where the tag is"),
					option("data-height=\"600\"", "a fixed height in pixels (the widget then scrolls inside); the default, auto, follows the content"),
					option("data-max-height=\"1200\"", "the most the automatic height grows to (default 4000)"),
					option("data-title=\"…\"", "the frame's accessible name"),
				),
			),
			app.Section().Class("guide-section").Aria("labelledby", "guide-js").Body(
				app.H2().ID("guide-js").Text("From JavaScript"),
				app.P().Text("The script defines window.Nutgraf. Mount widgets where you like, and analyze texts with or without a widget: Nutgraf.analyze runs the engine in a hidden frame of this site and resolves with the Analysis JSON as an object (schema nutgraf.analysis). Errors reject with an Error whose code says what went wrong: bad_request, too_large, empty, binary, timeout, load_failed."),
				app.Pre().Class("code").Body(app.Code().ID("snippet-js").Text(jsSnippet(p.origin))),
				app.P().Text("The frames speak a small, versioned postMessage protocol: they answer only the page that framed them, at its origin, and never send the text anywhere else. It is documented in docs/embed.md in Nutgraf's source."),
			),
			app.Section().Class("guide-section").Aria("labelledby", "guide-live").Body(
				app.H2().ID("guide-live").Text("Live example"),
				app.P().ID("live-status").Class("guide-note").Text(p.status),
				app.Div().ID("live-embed").Class("live-embed"),
				app.Div().Class("editor-actions").Body(
					app.Button().ID("live-analyze").Class("button", "secondary").Type("button").
						Disabled(p.widget == nil || p.working).
						Text("Analyze the sample with widget.analyze()").
						OnClick(p.analyzeSample),
				),
				app.P().ID("live-result").Class("guide-note").Aria("live", "polite").Text(p.result),
			),
		),
		&Footer{},
	)
}

func option(name, what string) app.UI {
	return app.Div().Class("guide-option").Body(
		app.Dt().Body(app.Code().Text(name)),
		app.Dd().Text(what),
	)
}

// tagSnippet is the one tag that embeds the widget, for a site at origin.
func tagSnippet(origin string) string {
	return `<script src="` + origin + EmbedScriptPath + `" data-nutgraf></script>`
}

// jsSnippet shows the JavaScript API, for a site at origin.
func jsSnippet(origin string) string {
	return `<script src="` + origin + EmbedScriptPath + `"></script>
<div id="nutgraf"></div>
<script>
  // A widget, with a handle to drive it: the text is shown in the
  // widget, and the promise resolves with its Analysis.
  // widget.destroy() removes it.
  const widget = Nutgraf.mount(document.getElementById("nutgraf"), {maxHeight: 1200});
  widget.analyze(articleText).then((analysis) => console.log(analysis.quotes.length, "quotes"));

  // No widget: your own UI, the engine in a hidden frame.
  Nutgraf.analyze(articleText, {timeout: 60000, onProgress: (p) => console.log(p.stage)})
    .then((analysis) => console.log(analysis.entities.map((e) => e.name)))
    .catch((err) => console.error(err.code, err.message));
</script>`
}
