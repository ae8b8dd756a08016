package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// xssVectors are the usual ways markup in a text turns into running
// code where a page parses that text as HTML: tags, event handlers,
// javascript: URLs, SVG and MathML, entity-encoded and mixed-case
// spellings, a mutation-XSS nesting, template and Markdown forms, CSS.
// Each sets window.__pwned (or its parent's) and marks the document
// element if it ever runs, so that a vector that runs is seen whichever
// way it runs.
var xssVectors = []string{
	`<script>window.__pwned=1;document.documentElement.dataset.pwned=1</script>`,
	`<img src=x onerror="window.__pwned=2;document.documentElement.dataset.pwned=2">`,
	`<svg onload="window.__pwned=3">`,
	`<a href="javascript:window.__pwned=4">read more</a>`,
	`<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>`,
	`&lt;script&gt;window.__pwned=6&lt;/script&gt;`,
	`<ScRiPt>window.__pwned=7</sCrIpT>`,
	`<body onload="window.__pwned=8">`,
	`"><script>window.__pwned=9</script>`,
	`<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=10">`,
	"${window.__pwned=11} {{constructor.constructor('window.__pwned=11')()}}",
	`[the minutes](javascript:window.__pwned=12)`,
	`<div style="background:url(javascript:window.__pwned=13);width:expression(window.__pwned=13)">`,
	`<details open ontoggle="window.__pwned=14">`,
	`<input autofocus onfocus="window.__pwned=15">`,
	`<img src=x onerror=&#119;indow.__pwned=16>`,
	`<a href="&#106;avascript:window.__pwned=17">x</a>`,
	`<svg><animate onbegin="window.__pwned=18" attributeName=x dur=1s>`,
	`<object data="javascript:window.__pwned=19"></object>`,
	`<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=20">`,
}

// xssArticle is a real-looking article with every vector in it: in the
// headline, in body sentences, and inside quotes the engine attributes,
// so they reach the article view, the quote list and the entity list.
func xssArticle() string {
	var b strings.Builder
	b.WriteString("Council publishes " + xssVectors[0] + " its budget\n\n")
	b.WriteString("LONDON, March 3 / Reuters / The city council voted on Tuesday to approve next year's budget, officials said.\n\n")
	for i, v := range xssVectors[1:] {
		if i%2 == 0 {
			fmt.Fprintf(&b, "\"The budget is fair %s to everyone,\" said Mayor Anna Berg on Wednesday.\n\n", v)
		} else {
			fmt.Fprintf(&b, "Councillor John Reed posted %s on Thursday, the council said.\n\n", v)
		}
	}
	b.WriteString("The budget takes effect in April, the council said.\n")
	return b.String()
}

// pwned is a script that reports what ran: the canaries, or "".
const pwned = `(() => {
  const ran = [];
  if (typeof window.__pwned !== 'undefined') ran.push('window.__pwned = ' + window.__pwned);
  if (document.documentElement.hasAttribute('data-pwned')) ran.push('data-pwned = ' + document.documentElement.dataset.pwned);
  return ran.join('; ');
})()`

// liveMarkup is a script that lists the elements on the page that a
// vector would have made: elements with inline handlers, inline scripts,
// javascript: links, framed documents, plugins, refreshes, MathML, inline
// styles. The page itself has none of them (its CSP would refuse most).
const liveMarkup = `(() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    const handlers = [...el.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => a.name);
    if (handlers.length) found.push(tag + '[' + handlers.join(',') + ']');
    if (tag === 'script' && !el.src) found.push('inline script');
    if (tag === 'iframe' && el.hasAttribute('srcdoc')) found.push('iframe[srcdoc]');
    if (['object', 'embed', 'math', 'mglyph', 'details', 'input', 'animate'].includes(tag) && el.id !== 'file-input') found.push(tag);
    if (tag === 'meta' && (el.getAttribute('http-equiv') || '').toLowerCase() === 'refresh') found.push('meta refresh');
    for (const name of ['href', 'src', 'data', 'action', 'formaction', 'xlink:href']) {
      const v = (el.getAttribute(name) || '').replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
      if (v.startsWith('javascript:')) found.push(tag + '[' + name + '=javascript:]');
    }
    const style = (el.getAttribute('style') || '').toLowerCase();
    if (style.includes('javascript') || style.includes('expression')) found.push(tag + '[style]');
  }
  return found;
})()`

// TestXSSVectorsStayText pastes an article carrying the usual XSS vectors
// and analyzes it, on the analyzer and on the embedded widget: none may
// run, none may become an element, and each must be there to read,
// literally, as the reader pasted it. (TestXSSFilesStayText opens them
// as files.)
func TestXSSVectorsStayText(t *testing.T) {
	text := xssArticle()

	t.Run("analyzer", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/")
		tb.waitEngineReady()
		checkCanary(t, tb, "before the paste")
		tb.paste(text)
		tb.analyze()
		// Handlers of made elements run later (an image fails, then
		// onerror; autofocus; a refresh): give them time.
		time.Sleep(time.Second)
		checkCanary(t, tb, "after the analysis")
		checkNoLiveMarkup(t, tb)

		view := evalJS[string](tb, `document.getElementById('article-view').textContent`)
		for _, v := range xssVectors {
			if !strings.Contains(view, v) {
				t.Errorf("#article-view does not show %s as text", v)
			}
		}
		headline := tb.textOf("#article-view .headline")
		if !strings.Contains(headline, xssVectors[0]) {
			t.Errorf("the headline %q does not show %s as text", headline, xssVectors[0])
		}
		quotes := evalJS[string](tb, `document.getElementById('quote-list').textContent`)
		shown := 0
		for i, v := range xssVectors[1:] {
			if i%2 == 0 && strings.Contains(quotes, v) {
				shown++
			}
		}
		if shown == 0 {
			t.Errorf("#quote-list shows none of the quoted vectors (%q…): the test does not reach the quote list", truncate(normalizeSpace(quotes), 300))
		}
		// Restoring the kept draft puts the text back the same way.
		tb.reload()
		tb.waitLive()
		if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != text {
			t.Errorf("after a reload the box holds %q…, want the pasted text", truncate(got, 80))
		}
		time.Sleep(500 * time.Millisecond)
		checkCanary(t, tb, "after restoring the draft")
		checkNoLiveMarkup(t, tb)
	})

	t.Run("widget", func(t *testing.T) {
		tb := newTab(t)
		tb.open("/embed")
		tb.waitEngineReady()
		tb.paste(text)
		tb.click("#analyze-button")
		tb.waitUntil("the widget's result", analyzeTimeout, `(() => {
		  const p = document.getElementById('progress');
		  if (p && p.getAttribute('data-state') === 'error') return 'failed: ' + document.getElementById('error').textContent;
		  return p && p.getAttribute('data-state') === 'done' && document.getElementById('embed-results') ? 'ok' : '';
		})()`)
		time.Sleep(time.Second)
		checkCanary(t, tb, "after the analysis")
		checkNoLiveMarkup(t, tb)
		if h := tb.textOf("#embed-headline"); !strings.Contains(h, xssVectors[0]) {
			t.Errorf("the widget's headline %q does not show %s as text", h, xssVectors[0])
		}
	})
}

func checkCanary(t *testing.T, tb *tab, when string) {
	t.Helper()
	if ran := evalJS[string](tb, pwned); ran != "" {
		t.Errorf("%s, pasted markup ran: %s", when, ran)
	}
}

func checkNoLiveMarkup(t *testing.T, tb *tab) {
	t.Helper()
	if found := evalJS[[]string](tb, liveMarkup); len(found) > 0 {
		t.Errorf("the page has elements made from pasted markup: %s", strings.Join(found, ", "))
	}
}

// TestXSSFilesStayText opens the vectors as files, through the page's
// "Open a file" input: as a .txt file (read as it is, so each vector must
// be in the box and the article view word for word) and inside a saved
// news page (.html, reduced to its article's text in the browser). None
// may run or become an element, before or after the analysis.
func TestXSSFilesStayText(t *testing.T) {
	dir := t.TempDir()
	txt := filepath.Join(dir, "article.txt")
	if err := os.WriteFile(txt, []byte(xssArticle()), 0o644); err != nil {
		t.Fatal(err)
	}
	var page strings.Builder
	page.WriteString("<!doctype html><html><head><title>Council " + xssVectors[0] + "</title></head><body><nav>Home</nav><article><h1>Council publishes its budget</h1>")
	for _, v := range xssVectors {
		page.WriteString("<p>\"The budget is fair to everyone,\" said Mayor Anna Berg. " + v + " The vote was close.</p>")
	}
	page.WriteString("</article></body></html>")
	html := filepath.Join(dir, "page.html")
	if err := os.WriteFile(html, []byte(page.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	tb := newTab(t)
	tb.open("/")
	tb.waitEngineReady()
	for _, file := range []string{txt, html} {
		tb.openFile(file)
		time.Sleep(500 * time.Millisecond)
		checkCanary(t, tb, "after opening "+filepath.Base(file))
		tb.analyze()
		time.Sleep(time.Second)
		checkCanary(t, tb, "after analyzing "+filepath.Base(file))
		checkNoLiveMarkup(t, tb)
	}
	// The .txt file is read as it is: every vector is in the article view,
	// as text.
	tb.openFile(txt)
	if got := evalJS[string](tb, `document.getElementById('article-input').value`); got != xssArticle() {
		t.Fatalf("after opening article.txt the box holds %q…, want the file's text", truncate(got, 80))
	}
	tb.analyze()
	view := evalJS[string](tb, `document.getElementById('article-view').textContent`)
	for _, v := range xssVectors {
		if !strings.Contains(view, v) {
			t.Errorf("#article-view does not show %s, from the .txt file, as text", v)
		}
	}
}
