package e2e

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The sample's facts the UI must show (see TestEngineUnderNode for the
// engine's side of them).
const (
	sampleHeadline = "Putin points to NATO's non-cooperation as undermining war on terror"
	putinName      = "Vladimir Putin"
	putinQuotes    = 9  // at least: his direct quotes (indirect ones vary with the engine)
	putinMentions  = 10 // at least: his name alone appears ten times
)

// entityItem is one button of #entity-list, as the page shows it.
type entityItem struct {
	Group   string `json:"group"`
	ID      string `json:"id"`
	Name    string `json:"name"`
	Count   string `json:"count"`
	Pressed string `json:"pressed"`
}

// TestSampleAnalysis walks the main path: open the page, load the sample,
// analyze it, and read the result as a reader would — entities, quotes,
// the marked-up article, the overview — then select Putin. The counts
// are held to the Analysis the page got, saved with "Download JSON".
func TestSampleAnalysis(t *testing.T) {
	tb := newTab(t)
	tb.open("/")

	// The paste box and the sample button come with the page, before the
	// engine (seconds of wasm) is ready.
	tb.waitUntil("#article-input and #sample-button", stepTimeout, `(() => {
	  const r = window.__nutgrafE2E;
	  return r.inputAt !== null ? 'ok' : '';
	})()`)
	if r := tb.record(); r.ReadyAt != nil && *r.ReadyAt <= *r.InputAt {
		t.Errorf("#article-input and #sample-button appeared at %.0f ms, not before the engine was ready (%.0f ms)", *r.InputAt, *r.ReadyAt)
	}
	for _, sel := range []string{"#article-input", "#sample-button"} {
		if !evalJS[bool](tb, `document.querySelector('`+sel+`').checkVisibility()`) {
			t.Errorf("%s is not visible", sel)
		}
	}

	// The sample loads as soon as the UI runs, whether or not the engine
	// is ready yet.
	want := readArticle(t, sampleName)
	tb.loadSample()
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); strings.TrimSpace(got) != strings.TrimSpace(want) {
		t.Errorf("the sample button filled #article-input with %d characters (%q…), want the %d of %s", len(got), truncate(got, 60), len(want), sampleName)
	}

	tb.waitEngineReady()
	took := tb.analyze()
	t.Logf("analyzed the sample in %s", took)
	a := checkDownload(t, tb)

	putin := checkEntityList(t, tb)
	if putin != nil && a != nil {
		checkQuoteList(t, tb, putin.ID, quotesOf(a, putin.ID))
	}
	checkArticleView(t, tb)
	if putin != nil {
		checkSelectEntity(t, tb, putin.ID)
	}
	checkOverview(t, tb)
}

// quotesOf counts the quotes of speaker in a.
func quotesOf(a *schema.Analysis, speaker string) int {
	n := 0
	for _, q := range a.Quotes {
		if q.Speaker != nil && *q.Speaker == speaker {
			n++
		}
	}
	return n
}

// checkEntityList finds Putin in the PERSON group with his mentions
// counted, and NATO and TASS as organizations.
func checkEntityList(t *testing.T, tb *tab) *entityItem {
	t.Helper()
	raw := evalJS[string](tb, `JSON.stringify([...document.querySelectorAll('#entity-list .entity-item')].map((i) => {
	  const g = i.closest('.entity-group');
	  const text = (s) => { const e = i.querySelector(s); return e ? e.textContent.trim() : null; };
	  return {group: g ? g.dataset.type : null, id: i.dataset.entity, name: text('.entity-name'),
	          count: text('.entity-count'), pressed: i.getAttribute('aria-pressed')};
	}))`)
	var items []entityItem
	if err := json.Unmarshal([]byte(raw), &items); err != nil {
		t.Fatal(err)
	}
	if len(items) == 0 {
		t.Errorf("#entity-list has no .entity-item")
		return nil
	}
	find := func(name string) *entityItem {
		for i := range items {
			if items[i].Name == name {
				return &items[i]
			}
		}
		return nil
	}
	for _, org := range []string{"NATO", "TASS"} {
		if it := find(org); it == nil {
			t.Errorf("#entity-list has no %s; items: %v", org, items)
		} else if it.Group != "ORG" {
			t.Errorf("%s is in the %q group of #entity-list, want ORG", org, it.Group)
		}
	}
	putin := find(putinName)
	if putin == nil {
		t.Errorf("#entity-list has no .entity-item whose .entity-name is %q; items: %v", putinName, items)
		return nil
	}
	if putin.Group != "PERSON" {
		t.Errorf("%s is in the %q group of #entity-list, want PERSON", putinName, putin.Group)
	}
	if putin.ID == "" {
		t.Errorf("%s's .entity-item has no data-entity", putinName)
	}
	if n, ok := firstNumber(putin.Count); !ok || n < putinMentions {
		t.Errorf("%s's .entity-count is %q, want a count of at least %d", putinName, putin.Count, putinMentions)
	}
	if putin.Pressed != "false" {
		t.Errorf("%s's .entity-item has aria-pressed=%q before any selection, want \"false\"", putinName, putin.Pressed)
	}
	return putin
}

// checkQuoteList finds Putin's quotes under his name: want, as many as
// the Analysis has, and at least his nine direct ones.
func checkQuoteList(t *testing.T, tb *tab, id string, want int) {
	t.Helper()
	if want < putinQuotes {
		t.Errorf("the Analysis has %d quotes of %s, want at least %d", want, putinName, putinQuotes)
	}
	group := fmt.Sprintf(`#quote-list .speaker-group[data-speaker="%s"]`, id)
	if tb.count(group) != 1 {
		t.Errorf("#quote-list has %d speaker groups for %s (%s), want 1", tb.count(group), putinName, id)
		return
	}
	if name := tb.textOf(group + " .speaker-name"); name != putinName {
		t.Errorf("%s's .speaker-name reads %q", id, name)
	}
	if n := tb.count(group + " .quote-item[data-quote]"); n != want {
		t.Errorf("%s's speaker group has %d .quote-item[data-quote], want %d", putinName, n, want)
	}
	if c := tb.textOf(group + " .quote-count"); !strings.Contains(c, strconv.Itoa(want)) {
		t.Errorf("%s's .quote-count reads %q, want it to say %d", putinName, c, want)
	}
}

// checkArticleView checks the article is shown with its furniture marked:
// the headline and the dateline, entity mentions and quotes.
func checkArticleView(t *testing.T, tb *tab) {
	t.Helper()
	if n := tb.count("#article-view .headline"); n != 1 {
		t.Errorf("#article-view has %d .headline, want 1", n)
	} else if h := normalizeSpace(tb.textOf("#article-view .headline")); h != sampleHeadline {
		t.Errorf("#article-view .headline reads %q, want %q", h, sampleHeadline)
	}
	if n := tb.count("#article-view .dateline"); n != 1 {
		t.Errorf("#article-view has %d .dateline, want 1", n)
	} else if d := tb.textOf("#article-view .dateline"); !regexp.MustCompile(`(?i)petersburg`).MatchString(d) {
		t.Errorf("#article-view .dateline reads %q, want the sample's dateline (ST.PETERSBURG, June 2 / TASS /)", d)
	}
	if n := tb.count("#article-view .paragraph"); n < 5 {
		t.Errorf("#article-view has %d .paragraph, want the sample's body paragraphs", n)
	}
	if n := tb.count("#article-view mark.ent[data-entity][data-type]"); n < putinMentions {
		t.Errorf("#article-view has %d mark.ent[data-entity][data-type], want at least %d", n, putinMentions)
	}
	if n := tb.count("#article-view span.quote[data-quote][data-speaker]"); n < putinQuotes {
		t.Errorf("#article-view has %d span.quote[data-quote][data-speaker], want at least %d", n, putinQuotes)
	}
}

// checkSelectEntity clicks Putin in the entity list: his mentions in the
// article light up, only his, and the button says it is pressed.
func checkSelectEntity(t *testing.T, tb *tab, id string) {
	t.Helper()
	if n := tb.count("#article-view mark.ent.active"); n != 0 {
		t.Errorf("%d mentions are .active before any entity is selected", n)
	}
	item := fmt.Sprintf(`#entity-list button.entity-item[data-entity="%s"]`, id)
	tb.click(item)
	tb.waitUntil(putinName+"'s mentions marked active", stepTimeout,
		`document.querySelectorAll('#article-view mark.ent.active').length > 0 ? 'ok' : ''`)
	if n := tb.count("#article-view mark.ent.active"); n < putinMentions {
		t.Errorf("selecting %s marks %d mentions .active, want at least %d", putinName, n, putinMentions)
	}
	if n := tb.count(fmt.Sprintf(`#article-view mark.ent.active:not([data-entity="%s"])`, id)); n != 0 {
		t.Errorf("selecting %s also marks %d mentions of other entities .active", putinName, n)
	}
	if p := evalJS[string](tb, fmt.Sprintf(`document.querySelector(%s).getAttribute('aria-pressed')`, jsString(item))); p != "true" {
		t.Errorf("%s's .entity-item has aria-pressed=%q once selected, want \"true\"", putinName, p)
	}
}

// checkOverview checks the overview shows the sample's counts.
func checkOverview(t *testing.T, tb *tab) {
	t.Helper()
	for _, stat := range []string{"words", "sentences", "paragraphs", "reading-time", "flesch", "grade"} {
		sel := fmt.Sprintf(`#overview [data-stat="%s"]`, stat)
		if tb.count(sel) == 0 {
			t.Errorf("#overview has no %s", sel)
			continue
		}
		v := tb.textOf(sel)
		if _, ok := firstNumber(v); !ok {
			t.Errorf("%s reads %q, want a number", sel, v)
		}
	}
}

var number = regexp.MustCompile(`\d[\d,]*`)

// firstNumber returns the first whole number written in s ("436 words",
// "1,204").
func firstNumber(s string) (int, bool) {
	m := number.FindString(s)
	if m == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.ReplaceAll(m, ",", ""))
	return n, err == nil
}
