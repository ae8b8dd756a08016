package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DownloadName is the file name the Analysis is saved under.
const DownloadName = "nutgraf-analysis.json"

// DownloadButton saves the Analysis JSON, exactly as the engine sent it,
// to a file. Nothing leaves the browser: the file is made from a Blob.
type DownloadButton struct {
	app.Compo

	Doc *Doc
}

// Render draws the button.
func (d *DownloadButton) Render() app.UI {
	return app.Button().ID("download-json").Class("button", "secondary").Type("button").
		Title("Save the analysis as " + DownloadName).
		Text("Download JSON").
		OnClick(d.download)
}

func (d *DownloadButton) download(ctx app.Context, _ app.Event) {
	saveFile(ctx, DownloadName, "application/json", d.Doc.JSON)
}

// QuotesCSVButton saves the quotes as CSV (see QuotesCSV), made in the
// page when pressed.
type QuotesCSVButton struct {
	app.Compo

	Doc *Doc
}

// Render draws the button.
func (d *QuotesCSVButton) Render() app.UI {
	return app.Button().ID("download-quotes-csv").Class("button", "secondary").Type("button").
		Title("Save the quotes, a row each, as " + QuotesCSVName).
		Text("Quotes (CSV)").
		OnClick(d.download)
}

func (d *QuotesCSVButton) download(ctx app.Context, _ app.Event) {
	saveFile(ctx, QuotesCSVName, "text/csv;charset=utf-8", QuotesCSV(d.Doc))
}

// reportButton saves the whole report of d as Markdown (see
// MarkdownReport), made in the page when pressed. (A function: it has no
// state.)
func reportButton(d *Doc) app.UI {
	return app.Button().ID("download-report").Class("button", "secondary").Type("button").
		Title("Save the whole report as " + ReportName).
		Text("Download report (Markdown)").
		OnClick(func(ctx app.Context, _ app.Event) {
			saveFile(ctx, ReportName, "text/markdown;charset=utf-8", MarkdownReport(d))
		})
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
