package e2e

import (
	"cmp"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// twoVoices is a short article with two named speakers and an anonymous
// source, a quote that starts like a spreadsheet formula and quotes with
// commas and quotation marks.
const twoVoices = `Leaders trade words over talks

BERLIN, June 3 (Reuters) - German Chancellor Angela Merkel on Friday rejected the proposal.

"We will not sign anything that divides Europe, and we said so," Merkel told reporters.

Russian President Vladimir Putin disagreed. "The door remains open," Putin said. "Nobody is closing it."

"The talks are dead for now," one official said, asking not to be named.

"=SUM(A1) is not a plan, and a 'plan' is what we need," Merkel said.
`

// analyzed opens the page, analyzes text (the sample when ""), and
// returns the Analysis the page got, saved with "Download JSON".
func analyzed(t *testing.T, text string) (*tab, *schema.Analysis) {
	t.Helper()
	tb := newTab(t)
	tb.open("/")
	tb.waitLive()
	if text == "" {
		tb.loadSample()
	} else {
		tb.paste(text)
	}
	tb.waitEngineReady()
	tb.analyze()
	a := checkDownload(t, tb)
	if a == nil {
		t.FailNow()
	}
	return tb, a
}

// speakerButton is the quote list's button that selects speaker id.
func speakerButton(id string) string {
	return fmt.Sprintf(`#quote-list button.speaker-select[data-speaker="%s"]`, id)
}

// selectedQuotes returns the quote IDs the article view marks selected,
// once, in order (a quote across paragraphs is drawn in several spans).
func selectedQuotes(tb *tab) []string {
	tb.t.Helper()
	return evalJS[[]string](tb, `[...new Set([...document.querySelectorAll('#article-view span.quote.selected')].map((q) => q.dataset.quote))]`)
}

// waitSelection waits until the article marks exactly the quotes of
// speaker selected ("" for none), all of them drawn.
func waitSelection(tb *tab, speaker, what string) {
	tb.t.Helper()
	expr := `document.querySelectorAll('#article-view span.quote.selected').length === 0 ? 'ok' : ''`
	if speaker != "" {
		expr = fmt.Sprintf(`(() => {
		  const all = document.querySelectorAll('#article-view span.quote[data-speaker=%[1]s]').length;
		  const sel = document.querySelectorAll('#article-view span.quote.selected[data-speaker=%[1]s]').length;
		  return all > 0 && sel === all ? 'ok' : '';
		})()`, jsString(speaker))
	}
	tb.waitUntil(what, stepTimeout, expr)
}

// waitStill waits until the page has stopped scrolling (the same scrollY
// for a few polls): a press during a smooth scroll can miss its button.
func waitStill(tb *tab) {
	tb.t.Helper()
	tb.waitUntil("the page to stop scrolling", stepTimeout, `(() => {
	  const s = window.__e2eStill || {y: -1, n: 0};
	  s.n = s.y === scrollY ? s.n + 1 : 0;
	  s.y = scrollY;
	  window.__e2eStill = s;
	  return s.n >= 3 ? 'ok' : '';
	})()`)
}

// checkSpeakerSelected checks that the article marks the quotes of
// speaker, as the Analysis has them, and no other, and that the speaker's
// button says it is pressed.
func checkSpeakerSelected(t *testing.T, tb *tab, a *schema.Analysis, speaker string) {
	t.Helper()
	var want []string
	for _, q := range a.Quotes {
		if q.Speaker != nil && *q.Speaker == speaker {
			want = append(want, q.ID)
		}
	}
	got := selectedQuotes(tb)
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("with %s selected, the article marks quotes %v selected, want %v (the Analysis's %d)", speaker, got, want, len(want))
	}
	if n := tb.count(fmt.Sprintf(`#article-view span.quote.selected:not([data-speaker="%s"])`, speaker)); n != 0 {
		t.Errorf("with %s selected, %d quotes of others are marked selected", speaker, n)
	}
	if p := evalJS[string](tb, `document.querySelector(`+jsString(speakerButton(speaker))+`).getAttribute('aria-pressed')`); p != "true" {
		t.Errorf("%s's speaker button has aria-pressed=%q once pressed, want true", speaker, p)
	}
	if n := tb.count("#article-view mark.ent.active"); n != 0 {
		t.Errorf("selecting a speaker's quotes also highlights %d entity mentions", n)
	}
}

// quoteLook is the computed look of the first quote of speaker in the
// article.
func quoteLook(tb *tab, speaker string) string {
	tb.t.Helper()
	return evalJS[string](tb, fmt.Sprintf(`(() => {
	  const q = document.querySelector('#article-view span.quote[data-speaker=%s]');
	  if (!q) return 'no quote';
	  const s = getComputedStyle(q);
	  return s.backgroundColor + ' | ' + s.backgroundImage + ' | ' + s.boxShadow;
	})()`, jsString(speaker)))
}

// TestSpeakerSelection: pressing Putin's name in the quote list marks all
// his quotes in the sample, and only his; his first quote scrolls into
// view; pressing again, or Escape, clears the selection.
func TestSpeakerSelection(t *testing.T) {
	tb, a := analyzed(t, "")
	putin := findEntity(a.Entities, putinName)
	if putin == nil {
		t.Fatalf("the Analysis has no %s", putinName)
	}
	button := speakerButton(putin.ID)
	if n := tb.count(button); n != 1 {
		t.Fatalf("#quote-list has %d speaker buttons for %s, want 1", n, putinName)
	}
	if p := evalJS[string](tb, `document.querySelector(`+jsString(button)+`).getAttribute('aria-pressed')`); p != "false" {
		t.Errorf("%s's speaker button has aria-pressed=%q before any press, want false", putinName, p)
	}
	if got := selectedQuotes(tb); len(got) != 0 {
		t.Errorf("quotes %v are selected before any press", got)
	}
	before := quoteLook(tb, putin.ID)

	tb.click(button)
	waitSelection(tb, putin.ID, putinName+"'s quotes marked selected")
	checkSpeakerSelected(t, tb, a, putin.ID)
	if got := quoteLook(tb, putin.ID); got == before {
		t.Errorf("a selected quote looks as it did before (%q): the selection is not visible", got)
	}
	if !evalJS[bool](tb, `document.getElementById('article-view').classList.contains('speaker-selected')`) {
		t.Error("#article-view has no speaker-selected class while a speaker is selected")
	}
	waitStill(tb)
	tb.waitUntil(putinName+"'s first quote scrolled into view", stepTimeout, `(() => {
	  const r = document.querySelector('#article-view span.quote.selected').getBoundingClientRect();
	  return r.top >= 0 && r.bottom <= innerHeight ? 'ok' : '';
	})()`)

	// Pressing again clears it.
	tb.click(button)
	waitSelection(tb, "", "the selection cleared by pressing "+putinName+" again")
	if p := evalJS[string](tb, `document.querySelector(`+jsString(button)+`).getAttribute('aria-pressed')`); p != "false" {
		t.Errorf("pressed again, %s's speaker button has aria-pressed=%q, want false", putinName, p)
	}
	if got := quoteLook(tb, putin.ID); got != before {
		t.Errorf("once cleared, a quote looks %q, want %q as before", got, before)
	}

	// So does Escape, the button having the focus as a press leaves it.
	tb.click(button)
	waitSelection(tb, putin.ID, putinName+"'s quotes selected again")
	waitStill(tb)
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatalf("pressing Escape: %v", err)
	}
	waitSelection(tb, "", "the selection cleared by Escape")
	if tb.count(`#article-view.speaker-selected`) != 0 {
		t.Error("#article-view keeps its speaker-selected class after Escape")
	}
}

// TestSpeakerSelectionAmongOthers: with two speakers and an anonymous
// source, pressing one speaker marks theirs and leaves the others' quotes
// unmarked and dimmed; the anonymous source's quotes are a group of their
// own, apart from the unattributed ones.
func TestSpeakerSelectionAmongOthers(t *testing.T) {
	tb, a := analyzed(t, twoVoices)
	merkel := findEntity(a.Entities, "Angela Merkel")
	putin := findEntity(a.Entities, putinName)
	if merkel == nil || putin == nil {
		t.Fatalf("the Analysis lacks Angela Merkel or %s: %s", putinName, entityNames(a.Entities))
	}
	if quotesOf(a, merkel.ID) == 0 || quotesOf(a, putin.ID) == 0 {
		t.Fatalf("the Analysis has %d quotes of Merkel's and %d of Putin's, want some of each", quotesOf(a, merkel.ID), quotesOf(a, putin.ID))
	}
	other := quoteLook(tb, putin.ID)
	tb.click(speakerButton(merkel.ID))
	waitSelection(tb, merkel.ID, "Merkel's quotes marked selected")
	waitStill(tb)
	checkSpeakerSelected(t, tb, a, merkel.ID)
	if n := tb.count(fmt.Sprintf(`#article-view span.quote.selected[data-speaker="%s"]`, putin.ID)); n != 0 {
		t.Errorf("selecting Merkel marks %d of Putin's quotes", n)
	}
	if got := quoteLook(tb, putin.ID); got == other {
		t.Errorf("with Merkel selected, Putin's quotes look as before (%q), not dimmed", got)
	}
	if p := evalJS[string](tb, `document.querySelector(`+jsString(speakerButton(putin.ID))+`).getAttribute('aria-pressed')`); p != "false" {
		t.Errorf("with Merkel selected, Putin's button has aria-pressed=%q", p)
	}
	// Pressing Putin moves the selection.
	tb.click(speakerButton(putin.ID))
	waitSelection(tb, putin.ID, "Putin's quotes marked selected")
	checkSpeakerSelected(t, tb, a, putin.ID)

	// Anonymous and unattributed quotes, as the Analysis counts them.
	anonymous, unattributed := 0, 0
	for _, q := range a.Quotes {
		switch {
		case q.Speaker != nil:
		case q.Anonymous:
			anonymous++
		default:
			unattributed++
		}
	}
	if anonymous == 0 {
		t.Errorf("the Analysis has no anonymous quote (one official said): %d quotes", len(a.Quotes))
	}
	groupQuotes := func(kind string) int {
		return tb.count(`#quote-list .speaker-group[data-kind="` + kind + `"] .quote-item`)
	}
	if n := tb.count(`#quote-list .speaker-group[data-kind="anonymous"]`); n != min(anonymous, 1) {
		t.Errorf("#quote-list has %d anonymous groups, want %d", n, min(anonymous, 1))
	} else if anonymous > 0 {
		if name := tb.textOf(`#quote-list .speaker-group[data-kind="anonymous"] .speaker-name`); name != "Anonymous sources" {
			t.Errorf("the anonymous group is headed %q, want Anonymous sources", name)
		}
		if n := groupQuotes("anonymous"); n != anonymous {
			t.Errorf("the anonymous group lists %d quotes, want %d", n, anonymous)
		}
	}
	if n := groupQuotes("unattributed"); n != unattributed {
		t.Errorf("the unattributed group lists %d quotes, want %d", n, unattributed)
	}
	checkSourcesSummary(t, tb, a)
	checkQuotesCSV(t, tb, a)
}

// TestSourcesSummary: the summary atop the quote list gives the sample's
// counts as the Analysis has them, in words, and the share-of-voice
// meters are the engine's shares.
func TestSourcesSummary(t *testing.T) {
	tb, a := analyzed(t, "")
	checkSourcesSummary(t, tb, a)
}

// checkSourcesSummary reads #sources-summary against a.Sources.
func checkSourcesSummary(t *testing.T, tb *tab, a *schema.Analysis) {
	t.Helper()
	src := a.Sources
	if src == nil {
		t.Fatal("the Analysis has no sources")
	}
	if got := src.Named + src.Anonymous + src.Unattributed; got != len(a.Quotes) {
		t.Errorf("the Analysis's sources count %d quotes, it has %d", got, len(a.Quotes))
	}
	raw := evalJS[string](tb, `JSON.stringify(Object.fromEntries([...document.querySelectorAll('#sources-summary [data-source-stat]')].map((e) => [e.dataset.sourceStat, {value: e.dataset.value, text: e.textContent.trim()}])))`)
	var got map[string]struct{ Value, Text string }
	if err := json.Unmarshal([]byte(raw), &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]int{
		"speakers": len(src.Speakers), "named": src.Named, "anonymous": src.Anonymous, "unattributed": src.Unattributed,
		"women": src.Gender.Female, "men": src.Gender.Male, "gender-unknown": src.Gender.Unknown,
	}
	for key, n := range want {
		g, ok := got[key]
		switch {
		case !ok:
			t.Errorf("#sources-summary has no [data-source-stat=%s]", key)
		case g.Value != strconv.Itoa(n):
			t.Errorf("#sources-summary's %s is %q, want %d", key, g.Value, n)
		case !strings.Contains(g.Text, strconv.Itoa(n)):
			t.Errorf("#sources-summary's %s reads %q, want it to say %d", key, g.Text, n)
		}
	}
	// The gender balance is written out, not told by color.
	balance := normalizeSpace(tb.textOf("#sources-summary .gender-balance"))
	noun := func(n int, one, many string) string {
		if n == 1 {
			return one
		}
		return many
	}
	wantBalance := fmt.Sprintf("People quoted: %d %s, %d %s, %d of unknown gender.",
		src.Gender.Female, noun(src.Gender.Female, "woman", "women"),
		src.Gender.Male, noun(src.Gender.Male, "man", "men"),
		src.Gender.Unknown)
	if balance != wantBalance {
		t.Errorf("the gender balance reads %q, want %q", balance, wantBalance)
	}
	// The meters show the engine's shares.
	for _, sp := range src.Speakers {
		sel := fmt.Sprintf(`#quote-list .speaker-group[data-speaker="%s"] .share-meter`, sp.Entity)
		if tb.count(sel) != 1 {
			t.Errorf("%s has no share meter", sp.Name)
			continue
		}
		v := evalJS[float64](tb, `document.querySelector(`+jsString(sel)+`).value`)
		if want := math.Round(100 * sp.Share); v != want {
			t.Errorf("%s's share meter is at %v, want %v (the engine's share %v)", sp.Name, v, want, sp.Share)
		}
	}
}

// TestQuotesCSV: "Quotes (CSV)" saves a row per quote of the sample, in
// the text's order, RFC 4180 quoted, whose offsets slice the article to
// the quote.
func TestQuotesCSV(t *testing.T) {
	tb, a := analyzed(t, "")
	checkQuotesCSV(t, tb, a)
}

// checkQuotesCSV downloads the quotes as CSV and checks them against a
// and the article's text.
func checkQuotesCSV(t *testing.T, tb *tab, a *schema.Analysis) {
	t.Helper()
	name, data, ok := download(t, tb, "button#download-quotes-csv")
	if !ok {
		return
	}
	if !strings.HasSuffix(name, ".csv") {
		t.Errorf("the quotes download is named %q, want a .csv name", name)
	}
	raw := string(data)
	const header = "speaker,speaker_type,anonymous,kind,cue,source,text,start,end\r\n"
	if !strings.HasPrefix(raw, header) {
		t.Fatalf("the CSV does not start with the header row %q: %q", header, truncate(raw, 120))
	}
	rows, err := csv.NewReader(strings.NewReader(raw)).ReadAll()
	if err != nil {
		t.Fatalf("the CSV does not parse: %v", err)
	}
	if len(rows)-1 != len(a.Quotes) {
		t.Fatalf("the CSV has %d rows of quotes, the Analysis %d quotes", len(rows)-1, len(a.Quotes))
	}
	quotes := slices.Clone(a.Quotes)
	slices.SortStableFunc(quotes, func(x, y schema.Quote) int { return cmp.Compare(x.Start, y.Start) })
	article := utf16.Encode([]rune(evalJS[string](tb, `document.getElementById('article-input').value`)))
	names := map[string]string{}
	for _, e := range a.Entities {
		names[e.ID] = e.Name
	}
	commaOrMark := 0
	for i, q := range quotes {
		row := rows[i+1]
		text := row[6]
		if q.Text != "" && strings.ContainsRune("=+-@\t\r", rune(q.Text[0])) {
			if !strings.HasPrefix(text, "'") {
				t.Errorf("row %d: the text %q starts a formula: want a leading apostrophe", i+1, text)
			}
			text = strings.TrimPrefix(text, "'")
		}
		if text != q.Text {
			t.Errorf("row %d: text %q, want quote %s's %q", i+1, text, q.ID, q.Text)
		}
		speaker := ""
		if q.Speaker != nil {
			speaker = names[*q.Speaker]
		}
		if row[0] != speaker || row[2] != strconv.FormatBool(q.Anonymous) || row[3] != q.Kind {
			t.Errorf("row %d: speaker, anonymous, kind %q, %q, %q; want %q, %v, %q", i+1, row[0], row[2], row[3], speaker, q.Anonymous, q.Kind)
		}
		start, err1 := strconv.Atoi(row[7])
		end, err2 := strconv.Atoi(row[8])
		if err1 != nil || err2 != nil || start < 0 || start > end || end > len(article) {
			t.Errorf("row %d: offsets %q, %q do not fit the article's %d UTF-16 units", i+1, row[7], row[8], len(article))
			continue
		}
		if start != q.Start || end != q.End {
			t.Errorf("row %d: offsets %d-%d, the Analysis's %d-%d", i+1, start, end, q.Start, q.End)
		}
		if got := string(utf16.Decode(article[start:end])); got != text {
			t.Errorf("row %d: the article's [%d:%d] is %q, not the quote %q", i+1, start, end, got, text)
		}
		// A text with a comma or quotation mark is written quoted, its
		// quotation marks doubled.
		if strings.ContainsAny(q.Text, `,"`) {
			commaOrMark++
			if cell := `"` + strings.ReplaceAll(row[6], `"`, `""`) + `"`; !strings.Contains(raw, ","+cell+",") {
				t.Errorf("row %d: the CSV does not hold the text as %s", i+1, truncate(cell, 80))
			}
		}
	}
	if commaOrMark == 0 {
		t.Error("no quote has a comma or quotation mark: the quoting is not tested")
	}
}
