package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WorkerURL is the script of the engine's Web Worker (web/worker.js).
const WorkerURL = "/web/worker.js"

// Message is one message from the worker. ID is 0 for messages about the
// engine itself (loading progress, ready, load_failed).
type Message struct {
	ID          int
	Type        string // "progress", "ready", "result" or "error"
	Stage       string
	Done, Total float64
	Version     string
	Analysis    string // "result": the Analysis JSON, as the engine wrote it
	Code        string
	Message     string
}

// Bridge runs the analysis engine in a Web Worker, so that the page never
// freezes, and passes messages to and from it (the protocol is in
// web/worker.js). The worker starts loading the engine as soon as it is
// created.
type Bridge struct {
	worker    app.Value
	onMessage app.Func
	onError   app.Func
	nextID    int
}

// StartBridge creates the worker. receive is called with every message
// from it, on a JavaScript event callback: it must hand the message over
// to the UI goroutine (ctx.Dispatch) rather than block.
func StartBridge(url string, receive func(Message)) (b *Bridge, err error) {
	defer func() {
		// Creating a Worker throws when the browser refuses it (no worker
		// support, a blocking policy); syscall/js turns that into a panic.
		if r := recover(); r != nil {
			err = fmt.Errorf("starting the engine's worker: %v", r)
		}
	}()
	b = &Bridge{}
	b.onMessage = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) > 0 {
			receive(readMessage(args[0].Get("data")))
		}
		return nil
	})
	b.onError = app.FuncOf(func(this app.Value, args []app.Value) any {
		// An error event is the worker script failing outside of the
		// protocol (it could not be fetched or parsed, say).
		msg := "the worker script failed"
		if len(args) > 0 {
			if m := args[0].Get("message"); m.Type() == app.TypeString && m.String() != "" {
				msg = m.String()
			}
			args[0].Call("preventDefault")
		}
		receive(Message{Type: "error", Code: "load_failed", Message: msg})
		return nil
	})
	b.worker = app.Window().Get("Worker").New(url)
	b.worker.Call("addEventListener", "message", b.onMessage)
	b.worker.Call("addEventListener", "error", b.onError)
	return b, nil
}

// Analyze sends text to the engine and returns the request's ID. The worker
// queues the request until the engine is ready.
func (b *Bridge) Analyze(text string) int {
	b.nextID++
	b.worker.Call("postMessage", map[string]any{
		"id":      b.nextID,
		"type":    "analyze",
		"text":    text,
		"options": map[string]any{},
	})
	return b.nextID
}

// Close stops the worker and releases the callbacks.
func (b *Bridge) Close() {
	if b == nil || b.worker == nil {
		return
	}
	b.worker.Call("terminate")
	b.onMessage.Release()
	b.onError.Release()
	b.worker = nil
}

// readMessage copies a worker message into Go.
func readMessage(v app.Value) Message {
	if v.Type() != app.TypeObject || v.IsNull() {
		return Message{}
	}
	str := func(k string) string {
		if f := v.Get(k); f.Type() == app.TypeString {
			return f.String()
		}
		return ""
	}
	num := func(k string) float64 {
		if f := v.Get(k); f.Type() == app.TypeNumber {
			return f.Float()
		}
		return 0
	}
	return Message{
		ID:       int(num("id")),
		Type:     str("type"),
		Stage:    str("stage"),
		Done:     num("done"),
		Total:    num("total"),
		Version:  str("version"),
		Analysis: str("analysis"),
		Code:     str("code"),
		Message:  str("message"),
	}
}
