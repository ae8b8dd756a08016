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
	Analysis    []byte // "result": the Analysis JSON (UTF-8), as the engine wrote it
	Code        string
	Message     string
}

// Bridge runs the analysis engine in a Web Worker, so that the page never
// freezes, and passes messages to and from it (the protocol is in
// web/worker.js). The worker starts loading the engine as soon as it is
// created: web/boot.js creates it while the page loads, long before the
// UI runs, and the bridge adopts it; without boot.js the bridge creates
// its own.
type Bridge struct {
	worker    app.Value
	onMessage app.Func
	onError   app.Func
	nextID    int
	early     *EarlyRequest
}

// EarlyRequest is a request that boot.js sent before the UI ran.
type EarlyRequest struct {
	ID   int
	Text string
}

// bootName is the global through which web/boot.js hands its worker over.
const bootName = "NutgrafBoot"

// StartBridge adopts the worker boot.js started, or creates one. receive
// is called with every message from it, on a JavaScript event callback,
// beginning with those the worker sent before the UI ran: it must hand the
// message over to the UI goroutine (ctx.Dispatch) rather than handle it
// there and then. (So a caller can look at Early before any message is
// handled.)
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
	if boot := app.Window().Get(bootName); boot.Truthy() {
		if err := b.adopt(boot, receive); err != nil {
			b.release()
			return nil, err
		}
		return b, nil
	}
	b.worker = app.Window().Get("Worker").New(url)
	b.worker.Call("addEventListener", "message", b.onMessage)
	b.worker.Call("addEventListener", "error", b.onError)
	return b, nil
}

// adopt takes over boot.js's worker and replays what it sent so far.
func (b *Bridge) adopt(boot app.Value, receive func(Message)) error {
	got := boot.Call("adopt", b.onMessage, b.onError)
	if w := got.Get("worker"); w.Truthy() {
		b.worker = w
	} else {
		msg := "the worker could not be started"
		if f := got.Get("failed"); f.Type() == app.TypeString && f.String() != "" {
			msg = f.String()
		}
		return fmt.Errorf("starting the engine's worker: %s", msg)
	}
	if n := got.Get("nextID"); n.Type() == app.TypeNumber {
		b.nextID = n.Int()
	}
	if r := got.Get("request"); r.Truthy() {
		b.early = &EarlyRequest{ID: r.Get("id").Int(), Text: r.Get("text").String()}
	}
	messages := got.Get("messages")
	for i := range messages.Length() {
		receive(readMessage(messages.Index(i)))
	}
	return nil
}

// Early returns the request boot.js sent before the UI ran, or nil.
func (b *Bridge) Early() *EarlyRequest {
	if b == nil {
		return nil
	}
	return b.early
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
		"as":      "bytes", // see readMessage
	})
	return b.nextID
}

// Close stops the worker and releases the callbacks.
func (b *Bridge) Close() {
	if b == nil || b.worker == nil {
		return
	}
	b.worker.Call("terminate")
	b.release()
	b.worker = nil
}

func (b *Bridge) release() {
	b.onMessage.Release()
	b.onError.Release()
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
		Analysis: analysisBytes(v),
		Code:     str("code"),
		Message:  str("message"),
	}
}

// analysisBytes returns a result's Analysis JSON. The page asks the
// worker for it as UTF-8 bytes in an ArrayBuffer ("as": "bytes"), which the
// worker encodes and hands over without a copy: a book's Analysis is
// megabytes, and as a string it would be copied, then encoded to UTF-8, on
// the page's thread. A string (from a worker that does not know "as") is
// taken too.
func analysisBytes(v app.Value) []byte {
	if b := v.Get("bytes"); b.Truthy() && b.InstanceOf(app.Window().Get("ArrayBuffer")) {
		u8 := app.Window().Get("Uint8Array").New(b)
		data := make([]byte, u8.Length())
		app.CopyBytesToGo(data, u8)
		return data
	}
	if s := v.Get("analysis"); s.Type() == app.TypeString {
		return []byte(s.String())
	}
	return nil
}
