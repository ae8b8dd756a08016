package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/nutgraf/nutgraf/nlp/schema"
)

// The insights on the sample (TASS), held to the Analysis the page got.
// Where the engine does not fill a field yet, the test checks that the
// page shows nothing for it rather than something made up, and says so.

// TestInsightsOverview: the overview's cards come first (reading time,
// grade, tone, words) and show the grade and tone the Analysis has, the
// tone in words.
func TestInsightsOverview(t *testing.T) {
	tb, a := analyzed(t, "")
	keys := evalJS[[]string](tb, `[...document.querySelectorAll('#overview [data-stat]')].map((e) => e.dataset.stat)`)
	if len(keys) < 4 || !slices.Equal(keys[:4], []string{"reading-time", "grade", "tone", "words"}) {
		t.Errorf("the overview's stats are %v, want reading-time, grade, tone, words first", keys)
	}
	stat := func(key string) (value, text string) {
		sel := `#overview [data-stat="` + key + `"]`
		return evalJS[string](tb, `document.querySelector(`+jsString(sel)+`).dataset.value || ''`), tb.textOf(sel)
	}
	if r := a.Readability; r != nil {
		if v, text := stat("grade"); v != strconv.FormatFloat(r.FleschKincaidGrade, 'f', 2, 64) || text != strconv.FormatFloat(r.FleschKincaidGrade, 'f', 1, 64) {
			t.Errorf("the grade reads %q (data-value %q), the Analysis's is %v", text, v, r.FleschKincaidGrade)
		}
		note := tb.textOf(`#overview .stat:has([data-stat="grade"]) .stat-note`)
		if note == "" {
			t.Error("the grade has no note in plain words")
		}
		// The details: the six formulas, the Analysis's values, each with
		// the counts it uses.
		tb.click("#readability-toggle")
		tb.waitUntil("the readability details to open", stepTimeout,
			`document.getElementById('readability-formulas').hidden === false ? 'ok' : ''`)
		got := evalJS[map[string]string](tb, `Object.fromEntries([...document.querySelectorAll('#readability-formulas .formula')].map((f) => [f.dataset.formula, f.querySelector('.formula-value').dataset.value + ' | ' + f.querySelector('.formula-uses').textContent]))`)
		two := func(v float64) string { return strconv.FormatFloat(v, 'f', 2, 64) }
		want := map[string][2]string{
			"flesch":       {two(r.FleschReadingEase), strconv.Itoa(r.Syllables) + " syllables"},
			"grade":        {two(r.FleschKincaidGrade), strconv.Itoa(r.Syllables) + " syllables"},
			"fog":          {two(r.GunningFog), strconv.Itoa(r.ComplexWords) + " complex words"},
			"smog":         {two(r.SMOG), strconv.Itoa(r.Polysyllables) + " words of 3+ syllables"},
			"coleman-liau": {two(r.ColemanLiau), strconv.Itoa(r.Letters) + " letters"},
			"ari":          {two(r.ARI), strconv.Itoa(r.Letters) + " letters"},
		}
		if len(got) != len(want) {
			t.Errorf("the readability details list %d formulas, want 6: %v", len(got), got)
		}
		for key, w := range want {
			g, ok := got[key]
			if !ok || !strings.HasPrefix(g, w[0]+" | ") || !strings.Contains(strings.ReplaceAll(g, ",", ""), w[1]) {
				t.Errorf("formula %s reads %q, want the value %s and %q", key, g, w[0], w[1])
			}
		}
	} else {
		t.Log("the Analysis has no readability")
	}
	v, text := stat("tone")
	if tone := a.Tone; tone != nil {
		if want := strconv.FormatFloat(tone.Score, 'f', 3, 64); v != want {
			t.Errorf("the tone's data-value is %q, the Analysis's score %v", v, tone.Score)
		}
		if !strings.EqualFold(text, tone.Label) {
			t.Errorf("the tone reads %q, the Analysis's label is %q", text, tone.Label)
		}
		note := tb.textOf(`#overview .stat:has([data-stat="tone"]) .stat-note`)
		if !strings.Contains(note, tone.Label) || !strings.Contains(note, strings.Replace(strconv.FormatFloat(tone.Score, 'f', 2, 64), "-", "−", 1)) {
			t.Errorf("the tone's note %q does not say %s and %.2f in words", note, tone.Label, tone.Score)
		}
	} else {
		t.Log("the engine gives no document tone yet: the card must say so with a dash")
		if text != "–" {
			t.Errorf("with no tone in the Analysis, the tone card reads %q, want –", text)
		}
	}
	if n := tb.count("#language-warning"); (n == 1) != (a.Language.Warning != "") {
		t.Errorf("%d language warnings shown; the Analysis's warning is %q", n, a.Language.Warning)
	} else if n == 1 && !strings.Contains(tb.textOf("#language-warning"), a.Language.Warning) {
		t.Errorf("the language warning reads %q, want %q", tb.textOf("#language-warning"), a.Language.Warning)
	}
}

// phraseMarks returns the text of each occurrence the article marks as
// the selected key phrase, in order (an occurrence crossed by another
// mark is drawn in several pieces, joined here).
func phraseMarks(tb *tab) []string {
	tb.t.Helper()
	return evalJS[[]string](tb, `(() => {
	  const occ = new Map();
	  for (const m of document.querySelectorAll('#article-view mark.kp.active')) {
	    occ.set(m.dataset.occurrence, (occ.get(m.dataset.occurrence) || '') + m.textContent);
	  }
	  return [...occ.values()];
	})()`)
}

// TestKeyphraseChips: a chip per key phrase; pressing one marks exactly
// its occurrences in the article and says it is pressed; pressing another
// moves the selection; Escape clears it.
func TestKeyphraseChips(t *testing.T) {
	tb, a := analyzed(t, "")
	chips := `#keyphrases button.keyphrase-chip`
	if n := tb.count(chips); n != len(a.Keyphrases) {
		t.Fatalf("%d key-phrase chips, the Analysis has %d key phrases", n, len(a.Keyphrases))
	}
	if len(a.Keyphrases) == 0 {
		t.Log("the engine gives no key phrases yet: no chips, and nothing more to test")
		return
	}
	for i, k := range a.Keyphrases[:min(2, len(a.Keyphrases))] {
		chip := fmt.Sprintf(`%s[data-phrase="%d"]`, chips, i)
		if got := normalizeSpace(tb.textOf(chip + " .chip-text")); got != normalizeSpace(k.Text) {
			t.Errorf("chip %d reads %q, want %q", i, got, k.Text)
		}
		waitStill(tb) // the press before scrolled to its phrase
		tb.click(chip)
		tb.waitUntil(fmt.Sprintf("key phrase %q marked in the article", k.Text), stepTimeout, fmt.Sprintf(
			`document.querySelectorAll('#article-view mark.kp.active[data-phrase="%d"]').length > 0 ? 'ok' : ''`, i))
		var want []string
		for _, o := range k.Occurrences {
			want = append(want, o.Text)
		}
		if got := phraseMarks(tb); !slices.Equal(got, want) {
			t.Errorf("with %q pressed, the article marks %q, want its occurrences %q", k.Text, got, want)
		}
		if n := tb.count(fmt.Sprintf(`#article-view mark.kp:not([data-phrase="%d"])`, i)); n != 0 {
			t.Errorf("with %q pressed, %d marks of other phrases", k.Text, n)
		}
		if p := evalJS[string](tb, `document.querySelector(`+jsString(chip)+`).getAttribute('aria-pressed')`); p != "true" {
			t.Errorf("chip %q has aria-pressed=%q once pressed", k.Text, p)
		}
		if n := tb.count(chips + `[aria-pressed="true"]`); n != 1 {
			t.Errorf("%d chips pressed, want 1", n)
		}
		if n := tb.count("#article-view mark.ent.active, #article-view span.quote.selected"); n != 0 {
			t.Errorf("a key phrase selected, %d entity mentions or quotes are highlighted too", n)
		}
	}
	waitStill(tb)
	ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatalf("pressing Escape: %v", err)
	}
	tb.waitUntil("Escape to clear the key phrase", stepTimeout,
		`document.querySelectorAll('#article-view mark.kp').length === 0 ? 'ok' : ''`)
	if n := tb.count(chips + `[aria-pressed="true"]`); n != 0 {
		t.Errorf("after Escape, %d chips still pressed", n)
	}
}

// sentenceShown waits until sentence i of the article is on screen and
// has the focus, and checks that its anchors hold the sentence's text.
func sentenceShown(tb *tab, a *schema.Analysis, i int) {
	tb.t.Helper()
	sel := fmt.Sprintf(`#article-view span.sentence[data-sentence="%d"]`, i)
	tb.waitUntil(fmt.Sprintf("sentence %d scrolled into view and focused", i), stepTimeout, `(() => {
	  const s = document.querySelector(`+jsString(sel)+`);
	  if (!s) return '';
	  const r = s.getBoundingClientRect();
	  return r.top >= 0 && r.bottom <= innerHeight && document.activeElement === s ? 'ok' : '';
	})()`)
	s := a.Sentences[i]
	want := evalJS[string](tb, fmt.Sprintf(`document.getElementById('article-input').value.slice(%d, %d)`, s.Start, s.End))
	got := evalJS[string](tb, `[...document.querySelectorAll(`+jsString(sel)+`)].map((e) => e.textContent).join('')`)
	if got != want {
		tb.t.Errorf("sentence %d's anchors hold %q, the article's sentence is %q", i, got, want)
	}
}

// TestToneChart: a point per toned sentence (the sample is short), each a
// button named in words; pressing one scrolls to its sentence; the arrow
// keys move between points.
func TestToneChart(t *testing.T) {
	tb, a := analyzed(t, "")
	var toned []int
	for i, s := range a.Sentences {
		if s.Tone != nil {
			toned = append(toned, i)
		}
	}
	points := "#tone-arc button.tone-point"
	if len(toned) == 0 {
		t.Log("the engine gives no sentence tone yet: no chart")
		if n := tb.count("#tone-arc"); n != 0 {
			t.Errorf("a tone chart with no toned sentence")
		}
		return
	}
	got := evalJS[[]string](tb, `[...document.querySelectorAll('#tone-arc button.tone-point')].map((b) => b.dataset.sentence)`)
	if len(toned) <= 80 {
		var want []string
		for _, i := range toned {
			want = append(want, strconv.Itoa(i))
		}
		if !slices.Equal(got, want) {
			t.Errorf("the chart's points are sentences %v, want the toned %v", got, want)
		}
	}
	if n := tb.count("#tone-arc svg path.tone-line"); n != 1 {
		t.Errorf("%d tone lines drawn", n)
	}
	if caption := tb.textOf("#tone-arc-caption"); caption == "" {
		t.Error("the chart has no caption in words")
	}
	label := evalJS[string](tb, `document.querySelector('#tone-arc button.tone-point').getAttribute('aria-label')`)
	if !strings.HasPrefix(label, "Sentence ") || !strings.ContainsAny(label, "+−0") {
		t.Errorf("the first point's label %q does not say its sentence and tone", label)
	}

	// The last point's sentence is far down the article.
	last := len(got) - 1
	i, _ := strconv.Atoi(got[last])
	evalJS[bool](tb, `(scrollTo(0, 0), true)`)
	pressInPage(tb, fmt.Sprintf(`%s[data-k="%d"]`, points, last))
	sentenceShown(tb, a, i)

	// Keyboard: on the first point, the right arrow moves to the next.
	// (No click first: a click shows its sentence and moves the focus
	// there once the page has scrolled, which on a slow machine can come
	// after the key.)
	if len(got) > 1 {
		waitStill(tb)
		ctx, cancel := context.WithTimeout(tb.ctx, stepTimeout)
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.CSS(points+`[data-k="0"]`)), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
			t.Fatal(err)
		}
		tb.waitUntil("the right arrow to move to the second point", stepTimeout,
			`document.activeElement && document.activeElement.dataset.k === '1' && document.activeElement.tabIndex === 0 ? 'ok' : ''`)
		if n := tb.count(points + `[tabindex="0"]`); n != 1 {
			t.Errorf("%d points are Tab stops, want 1", n)
		}
	}
}

// TestSummaryLinks: the summary lists the Analysis's sentences, each
// taking the reader to its place in the article.
func TestSummaryLinks(t *testing.T) {
	tb, a := analyzed(t, "")
	items := "#summary button.summary-sentence"
	if n := tb.count(items); n != len(a.Summary) {
		t.Fatalf("the summary shows %d sentences, the Analysis has %d", n, len(a.Summary))
	}
	if len(a.Summary) == 0 {
		t.Log("the engine gives no summary yet: no summary box")
		return
	}
	got := evalJS[[]string](tb, `[...document.querySelectorAll('#summary button.summary-sentence')].map((b) => b.dataset.sentence + ' ' + b.textContent)`)
	for k, it := range a.Summary {
		if want := strconv.Itoa(it.Sentence) + " " + it.Text; got[k] != want {
			t.Errorf("summary item %d is %q, want %q", k, got[k], want)
		}
	}
	k := len(a.Summary) - 1
	evalJS[bool](tb, `(scrollTo(0, 0), true)`)
	pressInPage(tb, fmt.Sprintf(`%s[data-sentence="%d"]`, items, a.Summary[k].Sentence))
	sentenceShown(tb, a, a.Summary[k].Sentence)
}

// pressInPage presses a button the way a keyboard user does (its click
// event, from the page), once the page has stopped scrolling: a pointer
// click at coordinates taken before a long article's parts finish laying
// out can land beside the button on a slow machine.
func pressInPage(tb *tab, sel string) {
	tb.t.Helper()
	waitStill(tb)
	if !evalJS[bool](tb, `(() => { const b = document.querySelector(`+jsString(sel)+`); if (!b) return false; b.focus(); b.click(); return true; })()`) {
		tb.t.Fatalf("no %s to press", sel)
	}
}

// unescapeMarkdown drops the backslashes of Markdown's escapes, to find
// the article's text in the report.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", s[i+1]) >= 0 {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// TestMarkdownReportDownload: "Download report (Markdown)" saves a .md
// file, made in the page, with the headline, the summary and the key
// phrases the Analysis has.
func TestMarkdownReportDownload(t *testing.T) {
	tb, a := analyzed(t, "")
	name, data, ok := download(t, tb, "button#download-report")
	if !ok {
		return
	}
	if !strings.HasSuffix(name, ".md") {
		t.Errorf("the report is named %q, want a .md name", name)
	}
	md := unescapeMarkdown(string(data))
	if a.Article.Headline == nil {
		t.Fatal("the Analysis has no headline")
	}
	if !strings.HasPrefix(md, "# "+a.Article.Headline.Text+"\n") {
		t.Errorf("the report does not start with the headline %q: %q", a.Article.Headline.Text, truncate(md, 120))
	}
	for _, s := range a.Summary {
		if !strings.Contains(md, normalizeSpace(s.Text)) {
			t.Errorf("the report lacks the summary sentence %q", s.Text)
		}
	}
	for _, k := range a.Keyphrases {
		if !strings.Contains(md, "- "+normalizeSpace(k.Text)+" (") {
			t.Errorf("the report lacks the key phrase %q", k.Text)
		}
	}
	if (len(a.Summary) > 0) != strings.Contains(md, "\n## Summary\n") || (len(a.Keyphrases) > 0) != strings.Contains(md, "\n## Key phrases\n") {
		t.Errorf("the report's sections do not follow the Analysis (%d summary sentences, %d key phrases)", len(a.Summary), len(a.Keyphrases))
	}
	if len(a.Summary) == 0 || len(a.Keyphrases) == 0 {
		t.Logf("the engine gives %d summary sentences and %d key phrases: the report leaves out what is missing", len(a.Summary), len(a.Keyphrases))
	}
	for _, want := range []string{"\n## Overview\n", "\n## Who and what\n", "\n## Who says what\n", "\n## Tone\n", "\n## Readability\n", putinName} {
		if !strings.Contains(md, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// notEnglish is a short German news text: the engine says it does not
// read as English.
const notEnglish = "Der Bundeskanzler hat am Montag in Berlin gesagt, dass die Regierung die Steuern nicht erhöhen wird. Die Opposition kritisierte den Plan scharf und forderte Neuwahlen.\n"

// TestLanguageWarning: a text that is not English gets the engine's
// warning, plainly, atop the results.
func TestLanguageWarning(t *testing.T) {
	tb := newTab(t)
	tb.open("/")
	tb.waitLive()
	tb.paste(notEnglish)
	tb.waitEngineReady()
	tb.analyze()
	_, data, ok := download(t, tb, "button#download-json")
	if !ok {
		t.FailNow()
	}
	var a schema.Analysis
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Language.Warning == "" {
		t.Logf("the engine gives no warning for a German text (language %+v): none must be shown", a.Language)
		if n := tb.count("#language-warning"); n != 0 {
			t.Errorf("%d language warnings shown without one in the Analysis", n)
		}
		return
	}
	if got := normalizeSpace(tb.textOf("#language-warning")); got != "Note: "+a.Language.Warning {
		t.Errorf("the warning reads %q, want %q", got, "Note: "+a.Language.Warning)
	}
	if first := evalJS[string](tb, `document.querySelector('#results > *').id`); first != "language-warning" {
		t.Errorf("the results open with #%s, want the language warning first", first)
	}
}
