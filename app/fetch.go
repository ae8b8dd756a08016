package app

import (
	"errors"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// maxSampleBytes bounds the text a fetch keeps.
const maxSampleBytes = 1 << 20

// fetchText gets a text file from this site (path is absolute: /web/...)
// with the browser's fetch. It blocks, so it is called from ctx.Async.
// (net/http's client would do the same through fetch, but linking it adds
// its whole transport, TLS included, to app.wasm.)
func fetchText(path string) (string, error) {
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var onResponse, onText, onError app.Func
	release := func() {
		onResponse.Release()
		onText.Release()
		onError.Release()
	}
	onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
		msg := "the request failed"
		if len(args) > 0 && args[0].Truthy() {
			if m := args[0].Get("message"); m.Type() == app.TypeString && m.String() != "" {
				msg = m.String()
			}
		}
		done <- result{err: errors.New(msg)}
		return nil
	})
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		text := ""
		if len(args) > 0 && args[0].Type() == app.TypeString {
			text = args[0].String()
		}
		if len(text) > maxSampleBytes {
			text = text[:maxSampleBytes]
		}
		done <- result{text: text}
		return nil
	})
	onResponse = app.FuncOf(func(_ app.Value, args []app.Value) any {
		res := args[0]
		if !res.Get("ok").Bool() {
			status := res.Get("status").Int()
			done <- result{err: errors.New(strings.TrimSpace(strconv.Itoa(status) + " " + res.Get("statusText").String()))}
			return nil
		}
		res.Call("text").Call("then", onText, onError)
		return nil
	})
	app.Window().Call("fetch", path).Call("then", onResponse, onError)
	r := <-done
	release()
	return r.text, r.err
}
