package e2e

import (
	"testing"
)

// TestTypeFilter: the legend of entity types lists the sample's types,
// and a type's button turns its highlights in the article and its group
// in the entity list off and on.
func TestTypeFilter(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitLive()
	tb.loadSample()
	tb.waitEngineReady()
	tb.analyze()

	for _, typ := range []string{"PERSON", "ORG", "GPE", "NORP"} {
		if got := tb.count(`#type-filter button.type-toggle[data-type="` + typ + `"][aria-pressed="true"]`); got != 1 {
			t.Errorf("#type-filter has %d pressed %s buttons, want 1", got, typ)
		}
	}
	// The computed look of Putin's first mention.
	const look = `(() => {
	  const m = document.querySelector('#article-view mark.ent[data-type="PERSON"]');
	  if (!m) return 'no mark';
	  const s = getComputedStyle(m);
	  return s.backgroundColor + ' | ' + s.boxShadow;
	})()`
	before := evalJS[string](tb, look)
	if before == "no mark" || before == "rgba(0, 0, 0, 0) | none" {
		t.Fatalf("a PERSON mention is not highlighted: %q", before)
	}
	togglePerson := func(pressed string) {
		t.Helper()
		tb.click(`#type-filter button.type-toggle[data-type="PERSON"]`)
		tb.waitUntil("the PERSON button's aria-pressed="+pressed, stepTimeout, `(() => {
		  const b = document.querySelector('#type-filter button.type-toggle[data-type="PERSON"]');
		  return b && b.getAttribute('aria-pressed') === '`+pressed+`' ? 'ok' : '';
		})()`)
	}
	const personGroup = `(() => {
	  const g = document.querySelector('.entity-group[data-type="PERSON"]');
	  return g ? getComputedStyle(g).display : 'no group';
	})()`
	if got := evalJS[string](tb, personGroup); got == "none" || got == "no group" {
		t.Fatalf("the PERSON group of the entity list is %q before any toggle", got)
	}
	togglePerson("false")
	if got := evalJS[string](tb, personGroup); got != "none" {
		t.Errorf("with PERSON hidden, its entity group is displayed %q, want none", got)
	}
	if got := evalJS[string](tb, look); got != "rgba(0, 0, 0, 0) | none" {
		t.Errorf("with PERSON hidden, a PERSON mention looks %q, want plain (transparent, no shadow)", got)
	}
	if got := evalJS[string](tb, `(() => {
	  const m = document.querySelector('#article-view mark.ent[data-type="ORG"]');
	  return m ? getComputedStyle(m).boxShadow : 'no mark';
	})()`); got == "none" || got == "no mark" {
		t.Errorf("hiding PERSON changed the ORG mentions too (box-shadow %q)", got)
	}
	togglePerson("true")
	if got := evalJS[string](tb, personGroup); got == "none" {
		t.Error("shown again, the PERSON entity group is still hidden")
	}
	if got := evalJS[string](tb, look); got != before {
		t.Errorf("shown again, a PERSON mention looks %q, want %q as before", got, before)
	}
}
