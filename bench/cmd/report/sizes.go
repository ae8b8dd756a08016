package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// part is one file a browser fetches for an analyzer, by its brotli size.
type part struct {
	Name   string
	Brotli int
}

// download is what a browser must fetch for one analyzer.
type download struct {
	Parts []part
	Note  string
}

func (d download) total() int {
	n := 0
	for _, p := range d.Parts {
		n += p.Brotli
	}
	return n
}

func (d download) String() string {
	var s []string
	for _, p := range d.Parts {
		s = append(s, fmt.Sprintf("%s %s", p.Name, kb(p.Brotli)))
	}
	out := strings.Join(s, " + ")
	if d.Note != "" {
		out += " (" + d.Note + ")"
	}
	return out
}

// nodeSizes is what bench/node/sizes.js writes.
type nodeSizes struct {
	Wink, Compromise struct{ Bytes, Brotli, Files int }
	Files            map[string]struct{ Bytes, Brotli int }
}

// downloads measures every analyzer's download: the engine's files as the
// site serves them (its own .br files), the rest compressed alike by
// sizes.js. For the engine, every file of dist/web whose name starts with
// "engine" or mentions "model" counts, so that a model split out of
// engine.wasm later is counted without changing this; and Go's
// wasm_exec.js, which both Go wasm rows need.
func (b *bench) downloads(proseWasm string) (map[string]download, error) {
	dist := b.dist
	web := filepath.Join(dist, "web")
	entries, err := os.ReadDir(web)
	if err != nil {
		return nil, err
	}
	var engine download
	var toCompress []string // engine files with no .br sibling
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Name()] = true
	}
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() || strings.HasSuffix(n, ".br") || strings.HasSuffix(n, ".gz") {
			continue
		}
		if !strings.HasPrefix(n, "engine") && !strings.Contains(strings.ToLower(n), "model") {
			continue
		}
		if have[n+".br"] {
			info, err := os.Stat(filepath.Join(web, n+".br"))
			if err != nil {
				return nil, err
			}
			engine.Parts = append(engine.Parts, part{n + ".br", int(info.Size())})
		} else {
			toCompress = append(toCompress, filepath.Join(web, n))
		}
	}
	glue, err := os.Stat(filepath.Join(web, "wasm_exec.js.br"))
	if err != nil {
		return nil, fmt.Errorf("dist has no wasm_exec.js.br: %w", err)
	}
	wasmExec := part{"wasm_exec.js.br", int(glue.Size())}

	cfg := map[string]any{
		"files":    append(slices.Clone(toCompress), proseWasm),
		"cacheDir": filepath.Join(filepath.Dir(proseWasm), "sizes"),
		"out":      filepath.Join(filepath.Dir(proseWasm), "sizes.json"),
	}
	if _, err := b.node("", "sizes.js", cfg, 0); err != nil {
		return nil, fmt.Errorf("sizes.js: %w", err)
	}
	var ns nodeSizes
	if err := readJSON(cfg["out"].(string), &ns); err != nil {
		return nil, err
	}
	for _, f := range toCompress {
		engine.Parts = append(engine.Parts, part{filepath.Base(f) + " (brotli here)", ns.Files[f].Brotli})
	}
	engine.Parts = append(engine.Parts, wasmExec)
	return map[string]download{
		"engine (wasm, Node)": engine,
		"prose (wasm, Node)":  {Parts: []part{{"prose.wasm", ns.Files[proseWasm].Brotli}, wasmExec}},
		"wink-nlp": {Parts: []part{{"wink-nlp + model", ns.Wink.Brotli}},
			Note: fmt.Sprintf("%d files as Node loads them, not minified", ns.Wink.Files)},
		"compromise": {Parts: []part{{"compromise.js", ns.Compromise.Brotli}}, Note: "its minified browser build"},
	}, nil
}
