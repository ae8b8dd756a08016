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
	w := app.Window()
	data := w.Get("Uint8Array").New(len(d.Doc.JSON))
	app.CopyBytesToJS(data, d.Doc.JSON)
	blob := w.Get("Blob").New([]any{data}, map[string]any{"type": "application/json"})
	url := w.Get("URL").Call("createObjectURL", blob)
	a := w.Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", DownloadName)
	a.Call("click")
	// The download has started from the URL by the time it is revoked.
	ctx.After(time.Minute, func(app.Context) {
		w.Get("URL").Call("revokeObjectURL", url)
	})
}
