package app

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftKey is the local-storage key under which the main page keeps the
// paste box's text, so that a crash, a reload or a closed tab does not
// lose what the reader pasted. It stays on this device until the reader
// presses Clear. The value is the text itself, as a plain string.
const DraftKey = "nutgraf.draft"

// loadDraft returns the kept draft, "" when there is none or storage is
// unavailable (disabled, or a private mode that refuses it).
func loadDraft() (text string) {
	defer func() {
		if recover() != nil {
			text = ""
		}
	}()
	v := localStorage().Call("getItem", DraftKey)
	if v.Type() != app.TypeString {
		return ""
	}
	return v.String()
}

// saveDraft keeps text as the draft; an empty text removes it. It returns
// an error when the browser refuses to keep it (over its storage quota:
// a few MB per site), in which case no older draft is left behind to come
// back in its place.
func saveDraft(text string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
			removeDraft()
		}
	}()
	if text == "" {
		removeDraft()
		return nil
	}
	localStorage().Call("setItem", DraftKey, text)
	return nil
}

// removeDraft forgets the draft.
func removeDraft() {
	defer func() { recover() }() // storage unavailable: nothing is kept
	localStorage().Call("removeItem", DraftKey)
}

// localStorage is window.localStorage; reading it throws (a panic here)
// where storage is disabled.
func localStorage() app.Value {
	return app.Window().Get("localStorage")
}
