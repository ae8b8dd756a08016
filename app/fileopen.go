package app

import (
	"errors"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/nutgraf/nutgraf/internal/textin"
)

// maxFileBytes is the largest file the page opens. It is over the
// engine's limit (MaxInputBytes) because a page's markup is removed
// before the text reaches the engine, which then says if it is still too
// large; past this, reading the file would only freeze the tab.
const maxFileBytes = 4 * MaxInputBytes

// fileAccept lists what the file picker offers: the formats textin reads.
const fileAccept = ".txt,.md,.html,.htm,text/plain,text/markdown,text/html"

// fileButton is the "Open a file" control: a label drawn as a button
// around the file input, which stays in the page (visually hidden, still
// focusable, so the keyboard reaches it) because browsers open their file
// picker only for a real input.
func (e *Editor) fileButton() app.UI {
	input := app.Input().ID("file-input").Class("visually-hidden").Type("file").
		Accept(fileAccept).
		OnChange(e.openFile)
	if !e.live {
		input = input.Disabled(true)
	}
	return app.Label().For("file-input").Class("button", "secondary", "file-button").
		Title("Open a .txt, .md or .html file: it is read on this device, never uploaded").
		Body(app.Text("Open a file…"), input)
}

// openFile reads the chosen file in the browser and puts its text in the
// box: Markdown and HTML reduced to their prose by textin, as the
// command line does, so that a saved news page becomes the article's
// text, never markup the page would render. Nothing is sent anywhere.
func (e *Editor) openFile(ctx app.Context, ev app.Event) {
	input := ev.Get("target")
	files := input.Get("files")
	if !files.Truthy() || files.Length() == 0 {
		return
	}
	file := files.Index(0)
	input.Set("value", "") // the same file may be opened again
	name := file.Get("name").String()
	if size := file.Get("size").Int(); size > maxFileBytes {
		ctx.NewActionWithValue(ActionError, "The file "+name+" is "+strconv.Itoa(size>>20)+" MB; Nutgraf opens files up to "+strconv.Itoa(maxFileBytes>>20)+" MB.")
		return
	}
	var onText, onError app.Func
	release := func() {
		onText.Release()
		onError.Release()
	}
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		raw := ""
		if len(args) > 0 && args[0].Type() == app.TypeString {
			raw = args[0].String()
		}
		text, err := textin.Reduce(textin.FormatOf(name), []byte(raw))
		if err == nil && text == "" {
			err = errors.New("it holds no text")
		}
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				ctx.NewActionWithValue(ActionError, "The file "+name+" could not be read: "+err.Error()+".")
				return
			}
			e.text = text
			e.keep()
		})
		return nil
	})
	onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
		defer release()
		ctx.Dispatch(func(ctx app.Context) {
			ctx.NewActionWithValue(ActionError, "The file "+name+" could not be read.")
		})
		return nil
	})
	file.Call("text").Call("then", onText, onError)
}
