// Command ui is Nutgraf's page, in go-app's one-main, two-builds way.
//
// Built for js/wasm (web/app.wasm), it runs the UI in the browser. Run
// natively, it writes the deployable static site, once both wasm modules
// are in OUT/web:
//
//	ui -out dist -web web -goroot $(go env GOROOT)
//
// It copies the hand-written assets of -web into OUT/web, with Go's
// wasm_exec.js for the engine's worker and PNG icons drawn from
// web/icon.svg; pre-renders the pages with go-app, versioned by a hash of
// the site's files so that a deploy updates every cache; and writes .br and
// .gz siblings of every compressible file.
package main

import (
	"fmt"
	"os"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	ui "github.com/nutgraf/nutgraf/app"
)

func main() {
	app.Route("/", func() app.Composer { return &ui.Page{} })
	// The widget other sites frame (see docs/embed.md), and the guide to
	// embedding it.
	app.Route("/embed", func() app.Composer { return &ui.EmbedPage{} })
	app.Route("/embedding", func() app.Composer { return &ui.EmbeddingPage{} })
	app.RunWhenOnBrowser() // in the browser, runs the UI and never returns

	if err := generate(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "ui:", err)
		os.Exit(1)
	}
}
