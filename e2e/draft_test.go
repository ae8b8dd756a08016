package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// draftText is the reader's own text in the draft tests.
const draftText = `Library stays open late for exams

The city library will stay open until midnight during the exam weeks, its director said on Friday.
`

// TestDraftKeptUntilCleared pastes a text and reloads the page: the text
// must be back in the box (kept in local storage), shown but not analyzed
// until the reader asks. Clear empties the box and forgets the text, so a
// reload then shows an empty box.
func TestDraftKeptUntilCleared(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitLive()
	tb.paste(draftText)
	waitDraft(tb, draftText)

	tb.reload()
	tb.waitLive()
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != draftText {
		t.Fatalf("after a reload the box holds %q, want the pasted text back", truncate(got, 80))
	}
	// Restoring is not analyzing: the reader may not want to yet.
	tb.waitEngineReady()
	if state := evalJS[string](tb, `document.getElementById('progress').getAttribute('data-state')`); state != "idle" {
		t.Errorf("after restoring the draft the progress bar is %q, want idle: the draft was analyzed unasked", state)
	}
	if n := tb.count("#results"); n != 0 {
		t.Errorf("after restoring the draft the page shows results, unasked")
	}

	tb.click("#clear-button")
	tb.waitUntil("Clear to empty the box", stepTimeout, `document.getElementById('article-input').value === '' ? 'ok' : ''`)
	if kept := evalJS[bool](tb, `localStorage.getItem('nutgraf.draft') !== null`); kept {
		t.Errorf("after Clear the draft is still kept in local storage")
	}
	tb.reload()
	tb.waitLive()
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != "" {
		t.Errorf("after Clear and a reload the box holds %q, want it empty", truncate(got, 80))
	}
}

// TestOversizeText pastes a text over the engine's limit: the page must
// say so before sending it, naming the text's size and the limit, and
// not start an analysis. The text is too large for the browser's storage
// too: the page must say it is not kept, and leave no older draft behind
// to come back in its place.
func TestOversizeText(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	tb.paste(draftText)
	waitDraft(tb, draftText)

	// 6 MiB of a plain paragraph, repeated. Typing it in through the
	// DevTools protocol takes longer than a test may; it is set as the
	// box's value with the input event a paste fires.
	para := "The council met again on Tuesday and talked for a long time about the budget.\n\n"
	n := (6<<20)/len(para) + 1
	size := evalJS[int](tb, fmt.Sprintf(`(() => {
	  const box = document.getElementById('article-input');
	  box.value = %s.repeat(%d).slice(0, %d);
	  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
	  return box.value.length;
	})()`, jsString(para), n, 6<<20))
	if size != 6<<20 {
		t.Fatalf("the box holds %d characters, want %d", size, 6<<20)
	}
	tb.waitUntil("the page to say the text is not kept (#draft-note)", stepTimeout, `document.getElementById('draft-note') ? 'ok' : ''`)
	if kept := evalJS[bool](tb, `localStorage.getItem('nutgraf.draft') !== null`); kept {
		t.Errorf("an older draft is still kept after a text too large to keep replaced it")
	}

	before := len(tb.record().States)
	tb.click("#analyze-button")
	tb.waitUntil("the page to refuse the text", stepTimeout, `(() => {
	  const e = document.getElementById('error');
	  return e && e.textContent.includes('Nutgraf analyzes up to 5 MB') ? 'ok' : '';
	})()`)
	msg := tb.textOf("#error")
	if want := "This text is 6 MB; Nutgraf analyzes up to 5 MB."; !strings.Contains(msg, want) {
		t.Errorf("#error says %q, want it to say %q", msg, want)
	}
	for _, s := range tb.record().States[before:] {
		if s[0] == "analyzing" {
			t.Errorf("the page started analyzing a text over the limit")
			break
		}
	}
}

// waitDraft waits for text to be kept as the draft (it is written once the
// reader pauses).
func waitDraft(tb *tab, text string) {
	tb.t.Helper()
	tb.waitUntil("the text to be kept in local storage", stepTimeout,
		`localStorage.getItem('nutgraf.draft') === `+jsString(text)+` ? 'ok' : ''`)
}
