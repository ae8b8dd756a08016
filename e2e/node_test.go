package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/nutgraf/nutgraf/nlp/schema"
)

// nodeScript loads the engine exactly as web/worker.js does (Go's
// wasm_exec.js, then engine.wasm, then globalThis.Nutgraf), analyzes each
// article named on its command line and checks every span of every
// Analysis with JavaScript's own string semantics: the contract is that
// text.slice(start, end) is the span's text, in UTF-16 code units, and Go
// cannot check that as directly as JavaScript can. It prints one JSON
// report on stdout for the Go side to judge.
const nodeScript = `'use strict';
const fs = require('fs');
const path = require('path');
const [webDir, articlesDir, sampleName, ...names] = process.argv.slice(2);

function out(report) {
  process.stdout.write(JSON.stringify(report), () => process.exit(0));
}

let spans = 0;

function checkSpan(problems, text, where, s, needText) {
  if (s === null || s === undefined) return;
  spans++;
  const {start, end} = s;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    problems.push(where + ': offsets [' + start + ', ' + end + ') do not fit a text of ' + text.length + ' UTF-16 units');
    return;
  }
  if (typeof s.text !== 'string') {
    if (needText) problems.push(where + ': no text');
    return;
  }
  const got = text.slice(start, end);
  if (got !== s.text) {
    problems.push(where + ': text.slice(' + start + ', ' + end + ') is ' + JSON.stringify(got) + ' but the span says ' + JSON.stringify(s.text));
  }
}

function check(text, a) {
  const p = [];
  if (a.schema !== 'nutgraf.analysis/4') p.push('schema is ' + JSON.stringify(a.schema));
  const paragraphs = a.paragraphs || [], sentences = a.sentences || [];
  paragraphs.forEach((s, i) => checkSpan(p, text, 'paragraphs[' + i + ']', s, false));
  sentences.forEach((s, i) => {
    checkSpan(p, text, 'sentences[' + i + ']', s, false);
    if (!Number.isInteger(s.paragraph) || s.paragraph < 0 || s.paragraph >= paragraphs.length) {
      p.push('sentences[' + i + '].paragraph ' + s.paragraph + ' is not a paragraph index');
    }
  });
  const ids = new Set();
  (a.entities || []).forEach((e, i) => {
    if (ids.has(e.id)) p.push('entities[' + i + ']: duplicate id ' + e.id);
    ids.add(e.id);
    (e.mentions || []).forEach((m, j) => checkSpan(p, text, 'entities[' + i + '] ' + e.name + ' mentions[' + j + ']', m, true));
  });
  (a.quotes || []).forEach((q, i) => {
    checkSpan(p, text, 'quotes[' + i + ']', q, true);
    checkSpan(p, text, 'quotes[' + i + '].source', q.source, true);
    checkSpan(p, text, 'quotes[' + i + '].cue', q.cue, true);
    if (q.speaker !== null && !ids.has(q.speaker)) p.push('quotes[' + i + '].speaker ' + q.speaker + ' is not an entity id');
  });
  const art = a.article || {};
  for (const part of ['kicker', 'headline', 'standfirst', 'byline', 'dateline']) {
    checkSpan(p, text, 'article.' + part, art[part], true);
  }
  for (const list of ['dates', 'figures']) {
    (a[list] || []).forEach((v, i) => checkSpan(p, text, list + '[' + i + ']', v, true));
  }
  (a.summary || []).forEach((s, i) => {
    if (!Number.isInteger(s.sentence) || s.sentence < 0 || s.sentence >= sentences.length) {
      p.push('summary[' + i + '].sentence ' + s.sentence + ' is not a sentence index');
    }
  });
  return p;
}

(async () => {
  require(path.join(webDir, 'wasm_exec.js'));
  const ready = new Promise((resolve) => { globalThis.NutgrafReady = resolve; });
  const go = new Go();
  const started = performance.now();
  const {instance} = await WebAssembly.instantiate(fs.readFileSync(path.join(webDir, 'engine.wasm')), go.importObject);
  go.run(instance).then(() => out({fatal: 'the engine exited'}));
  const api = globalThis.Nutgraf || await ready;
  const report = {version: String(api.version), loadMs: performance.now() - started, articles: [], progress: []};
  if (api.error) report.loadError = String(api.error);

  for (const name of names) {
    const text = fs.readFileSync(path.join(articlesDir, name), 'utf8');
    const progress = [];
    const t0 = performance.now();
    let r;
    try {
      r = api.analyze(text, '{}', (stage, done, total) => progress.push([stage, done, total]));
    } catch (e) {
      report.articles.push({name, threw: String(e && e.stack || e)});
      continue;
    }
    const ms = performance.now() - t0;
    if (r instanceof Error) {
      report.articles.push({name, ms, error: {code: String(r.code), message: r.message}});
      continue;
    }
    if (typeof r !== 'string') {
      report.articles.push({name, ms, threw: 'analyze returned a ' + typeof r + ', not a string or an Error'});
      continue;
    }
    let a;
    try {
      a = JSON.parse(r);
    } catch (e) {
      report.articles.push({name, ms, threw: 'the result is not JSON: ' + e.message});
      continue;
    }
    report.articles.push({name, ms, problems: check(text, a)});
    if (name === sampleName) {
      report.sample = r;
      report.progress = progress;
    }
  }

  report.spans = spans;
  const empty = api.analyze('   ');
  report.empty = empty instanceof Error
    ? {isError: true, code: String(empty.code), message: empty.message}
    : {isError: false, got: String(empty).slice(0, 200)};
  out(report);
})().catch((e) => out({fatal: String(e && e.stack || e)}));
`

// nodeReport is what nodeScript prints.
type nodeReport struct {
	Fatal     string  `json:"fatal"`
	Version   string  `json:"version"`
	LoadMs    float64 `json:"loadMs"`
	LoadError string  `json:"loadError"`
	Spans     int     `json:"spans"`
	Articles  []struct {
		Name  string  `json:"name"`
		Ms    float64 `json:"ms"`
		Threw string  `json:"threw"`
		Error *struct {
			Code, Message string
		} `json:"error"`
		Problems []string `json:"problems"`
	} `json:"articles"`
	Sample   string  `json:"sample"`
	Progress [][]any `json:"progress"`
	Empty    struct {
		IsError bool   `json:"isError"`
		Code    string `json:"code"`
		Message string `json:"message"`
		Got     string `json:"got"`
	} `json:"empty"`
}

// TestEngineUnderNode runs the built engine.wasm under Node, as embedders
// and the benchmarks do, on every article of the corpus: each must give a
// valid Analysis whose spans all slice the input exactly, the sample must
// find Putin and his nine direct quotes, blank input must be an "empty"
// Error, and progress must be reported.
func TestEngineUnderNode(t *testing.T) {
	if distErr != nil && dist == "" {
		t.Fatalf("e2e: %v", distErr)
	}
	web := filepath.Join(dist, "web")
	for _, f := range []string{"engine.wasm", "wasm_exec.js"} {
		if _, err := os.Stat(filepath.Join(web, f)); err != nil {
			t.Fatalf("%s is missing from the built site (NUTGRAF_DIST=%s): run make build first: %v", f, dist, err)
		}
	}
	node := findNode(t)
	dir, names := articles(t)
	if !slices.Contains(names, sampleName) {
		t.Fatalf("the corpus in %s has no %s", dir, sampleName)
	}

	script := filepath.Join(t.TempDir(), "engine-check.js")
	if err := os.WriteFile(script, []byte(nodeScript), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	args := append([]string{script, web, dir, sampleName}, names...)
	cmd := exec.CommandContext(ctx, node, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		t.Fatalf("node: %v\nstderr:\n%s\nstdout:\n%s", err, stderr.String(), truncate(stdout.String(), 2000))
	}
	var rep nodeReport
	if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil {
		t.Fatalf("node's report is not JSON: %v\nstdout:\n%s\nstderr:\n%s", err, truncate(stdout.String(), 2000), stderr.String())
	}
	if rep.Fatal != "" {
		t.Fatalf("node: %s\nstderr:\n%s", rep.Fatal, stderr.String())
	}
	if rep.LoadError != "" {
		t.Fatalf("the engine failed to load its models: %s", rep.LoadError)
	}
	var total float64
	for _, a := range rep.Articles {
		total += a.Ms
	}
	t.Logf("engine %s under node: loaded in %.0f ms, %d articles analyzed in %.0f ms, %d spans checked (whole run %s)",
		rep.Version, rep.LoadMs, len(rep.Articles), total, rep.Spans, time.Since(start).Round(time.Millisecond))
	if len(rep.Articles) != len(names) {
		t.Errorf("node analyzed %d articles, want %d", len(rep.Articles), len(names))
	}

	for _, a := range rep.Articles {
		switch {
		case a.Threw != "":
			t.Errorf("%s: %s", a.Name, a.Threw)
		case a.Error != nil:
			t.Errorf("%s: analyze returned an Error (code %q): %s", a.Name, a.Error.Code, a.Error.Message)
		case len(a.Problems) > 0:
			const show = 8
			t.Errorf("%s: %d span problems:\n\t%s", a.Name, len(a.Problems),
				strings.Join(a.Problems[:min(show, len(a.Problems))], "\n\t"))
		}
	}

	checkSample(t, rep.Sample)

	if !rep.Empty.IsError {
		t.Errorf(`analyze("   ") returned %q, want an Error with code "empty"`, rep.Empty.Got)
	} else if rep.Empty.Code != "empty" {
		t.Errorf(`analyze("   ") returned an Error with code %q (%s), want "empty"`, rep.Empty.Code, rep.Empty.Message)
	}

	checkProgress(t, rep.Progress)
}

// checkSample checks the sample article's Analysis for what DESIGN.md says
// Nutgraf must get right on it.
func checkSample(t *testing.T, raw string) {
	t.Helper()
	if raw == "" {
		t.Errorf("no Analysis of %s to check", sampleName)
		return
	}
	var a schema.Analysis
	if err := json.Unmarshal([]byte(raw), &a); err != nil {
		t.Errorf("the Analysis of %s does not decode as schema.Analysis: %v", sampleName, err)
		return
	}
	putin := findEntity(a.Entities, "Vladimir Putin")
	if putin == nil {
		t.Errorf("%s: no entity named Vladimir Putin; entities: %s", sampleName, entityNames(a.Entities))
		return
	}
	if putin.Type != schema.Person {
		t.Errorf("%s: Vladimir Putin has type %s, want PERSON", sampleName, putin.Type)
	}
	names := 0
	for _, m := range putin.Mentions {
		if m.Kind == schema.MentionName {
			names++
		}
	}
	if names < 10 {
		t.Errorf("%s: Vladimir Putin has %d name mentions, want at least 10", sampleName, names)
	}
	direct := 0
	for _, q := range a.Quotes {
		if q.Kind == schema.QuoteDirect && q.Speaker != nil && *q.Speaker == putin.ID {
			direct++
		}
	}
	if direct != 9 {
		t.Errorf("%s: %d direct quotes are attributed to Vladimir Putin (%s), want 9", sampleName, direct, putin.ID)
	}
}

// checkProgress checks the onProgress calls made while the sample was
// analyzed: the worker turns them into the page's progress bar.
func checkProgress(t *testing.T, calls [][]any) {
	t.Helper()
	if len(calls) == 0 {
		t.Errorf("onProgress was never called while analyzing %s", sampleName)
		return
	}
	stages := map[string]bool{}
	var order []string
	for _, c := range calls {
		if len(c) != 3 {
			t.Errorf("onProgress called with %v, want (stage, done, total)", c)
			continue
		}
		stage, ok1 := c[0].(string)
		done, ok2 := c[1].(float64)
		total, ok3 := c[2].(float64)
		if !ok1 || !ok2 || !ok3 || stage == "" || done < 0 || total <= 0 || done > total {
			t.Errorf("onProgress called with %v, want a stage name and 0 <= done <= total", c)
			continue
		}
		if !stages[stage] {
			stages[stage] = true
			order = append(order, stage)
		}
	}
	if len(stages) < 2 {
		t.Errorf("onProgress reported only the stages %v", order)
	}
	t.Logf("progress: %d calls, stages %s", len(calls), strings.Join(order, " → "))
}

// findNode returns Node: $NODE, else node on PATH, else the Debian path.
func findNode(t testing.TB) string {
	t.Helper()
	if p := os.Getenv("NODE"); p != "" {
		return p
	}
	if p, err := exec.LookPath("node"); err == nil {
		return p
	}
	if _, err := os.Stat("/usr/bin/node"); err == nil {
		return "/usr/bin/node"
	}
	t.Fatal("no node on PATH and none at /usr/bin/node: install Node.js (v20) or set NODE")
	return ""
}

func findEntity(ents []schema.Entity, name string) *schema.Entity {
	for i := range ents {
		if ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

func entityNames(ents []schema.Entity) string {
	var s []string
	for _, e := range ents {
		s = append(s, e.Name+" ("+e.Type+")")
	}
	return strings.Join(s, ", ")
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
