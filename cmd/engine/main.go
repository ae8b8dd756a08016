//go:build js && wasm

// Command engine is Nutgraf's analysis engine compiled to WebAssembly. It
// loads the models, then sets globalThis.Nutgraf = {version, analyze} and
// keeps running so that the page's Web Worker (web/worker.js) or Node can
// call it:
//
//	Nutgraf.analyze(text[, optionsJSON[, onProgress]]) -> string | Error
//
// analyze returns the Analysis as JSON. When the text cannot be analyzed
// it returns (does not throw: Go cannot throw into JavaScript) an Error
// whose code property is one of nlp's error codes. onProgress, if given,
// is called as onProgress(stage, done, total) while the analysis runs.
package main

import (
	"errors"
	"strings"
	"syscall/js"
	"time"

	"github.com/nutgraf/nutgraf/nlp"
)

// version is set at build time (-ldflags "-X main.version=...").
var version = "dev"

func main() {
	t0 := time.Now()
	eng, err := nlp.New()
	api := js.Global().Get("Object").New()
	api.Set("version", version)
	// How long the models took to load, for benchmarks and diagnostics.
	api.Set("loadMs", float64(time.Since(t0).Microseconds())/1000)
	if err != nil {
		api.Set("error", err.Error())
	}
	api.Set("analyze", js.FuncOf(func(this js.Value, args []js.Value) any {
		if eng == nil {
			return jsError(nlp.CodeInternal, "the engine failed to load: "+err.Error())
		}
		return analyze(eng, args)
	}))
	js.Global().Set("Nutgraf", api)
	if ready := js.Global().Get("NutgrafReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(api)
	}
	select {} // serve calls until the worker is terminated
}

func analyze(eng *nlp.Engine, args []js.Value) any {
	if len(args) < 1 || args[0].Type() != js.TypeString {
		return jsError("bad_request", "analyze needs the article text as a string")
	}
	// No option is read yet; a malformed options argument is still refused
	// rather than ignored, so that a caller's mistake shows.
	if len(args) > 1 && args[1].Type() == js.TypeString && args[1].String() != "" {
		// A shape check, not a parse: linking a JSON parser for options
		// that are not read yet would cost download size.
		o := strings.TrimSpace(args[1].String())
		if !strings.HasPrefix(o, "{") || !strings.HasSuffix(o, "}") {
			return jsError("bad_request", "options must be a JSON object")
		}
	}
	var opts nlp.Options
	if len(args) > 2 && args[2].Type() == js.TypeFunction {
		cb := args[2]
		opts.Progress = func(stage string, done, total int) { cb.Invoke(stage, done, total) }
	}
	a, err := eng.Analyze(args[0].String(), opts)
	if err != nil {
		var e *nlp.Error
		if errors.As(err, &e) {
			return jsError(e.Code, e.Message)
		}
		return jsError(nlp.CodeInternal, err.Error())
	}
	return string(a.AppendJSON(nil))
}

func jsError(code, message string) js.Value {
	e := js.Global().Get("Error").New(message)
	e.Set("code", code)
	return e
}
