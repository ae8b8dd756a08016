package app

import (
	"fmt"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DownloadName is the file name the Analysis is saved under.
const DownloadName = "nutgraf-analysis.json"

// downloads are the page's buttons that save the results to files: the
// Analysis JSON exactly as the engine sent it, the quotes as CSV (see
// QuotesCSV) and the whole report as Markdown (see MarkdownReport), each
// made in the page when pressed. Nothing leaves the browser: each file is
// made from a Blob. (Functions: the buttons hold no state.)
func downloads(d *Doc) []app.UI {
	scope := docScope(d)
	return []app.UI{
		downloadButton("download-json", "Download JSON", "Save the analysis as "+DownloadName,
			DownloadName, "application/json", scope, func() []byte { return d.JSON }),
		downloadButton("download-quotes-csv", "Quotes (CSV)", "Save the quotes, a row each, as "+QuotesCSVName,
			QuotesCSVName, "text/csv;charset=utf-8", scope, func() []byte { return QuotesCSV(d) }),
		downloadButton("download-report", "Download report (Markdown)", "Save the whole report as "+ReportName,
			ReportName, "text/markdown;charset=utf-8", scope, func() []byte { return MarkdownReport(d) }),
	}
}

// docScope tells go-app that a button's click handler belongs to d. go-app
// keeps a mounted handler when the new one is the same function literal in
// the same scope, whatever it captured: without a scope per Doc, the
// buttons would go on saving the first analysis after the next one is
// drawn. A Doc's address is its own while a handler holds it.
func docScope(d *Doc) app.EventOption {
	return app.EventScope(fmt.Sprintf("%p", d))
}

// downloadButton draws a button that saves content(), made when pressed,
// as the file name.
func downloadButton(id, label, title, name, mime string, scope app.EventOption, content func() []byte) app.UI {
	return app.Button().ID(id).Class("button", "secondary").Type("button").
		Title(title).
		Text(label).
		OnClick(func(ctx app.Context, _ app.Event) {
			saveFile(ctx, name, mime, content())
		}, scope)
}

// saveFile has the browser save data as a file called name: the file is
// made from a Blob, so nothing goes over the network.
func saveFile(ctx app.Context, name, mime string, content []byte) {
	w := app.Window()
	data := w.Get("Uint8Array").New(len(content))
	app.CopyBytesToJS(data, content)
	blob := w.Get("Blob").New([]any{data}, map[string]any{"type": mime})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	// The download has started from the URL by the time it is revoked.
	ctx.After(time.Minute, func(app.Context) {
		w.Get("URL").Call("revokeObjectURL", url)
	})
}
