//go:build js && wasm

// Command prosewasm is prose compiled to WebAssembly, exposed to the Node
// driver the way Nutgraf's engine is: once the model is loaded it sets
//
//	globalThis.ProseBench = {analyze(text) -> entities found | Error}
//
// and calls globalThis.ProseBenchReady if set, so that the driver times
// compile, instantiate and model load together, and each analyze call
// from JavaScript, exactly as it times the engine.
package main

import (
	"syscall/js"

	"github.com/nutgraf/nutgraf/bench/internal/prosebench"
)

func main() {
	p := prosebench.Load()
	api := js.Global().Get("Object").New()
	api.Set("analyze", js.FuncOf(func(this js.Value, args []js.Value) any {
		if len(args) < 1 || args[0].Type() != js.TypeString {
			return js.Global().Get("Error").New("analyze needs a string")
		}
		n, err := p.Analyze(args[0].String())
		if err != nil {
			return js.Global().Get("Error").New(err.Error())
		}
		return n
	}))
	js.Global().Set("ProseBench", api)
	if ready := js.Global().Get("ProseBenchReady"); ready.Type() == js.TypeFunction {
		ready.Invoke(api)
	}
	select {} // serve calls until the process exits
}
