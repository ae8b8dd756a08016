# Nutgraf. `make run` builds and serves; `make test` runs every test.
SHELL := /bin/bash
GO ?= go
DIST ?= dist
ADDR ?= 127.0.0.1:8080
GOROOT := $(shell $(GO) env GOROOT)
WASM_ENV := GOOS=js GOARCH=wasm
# The version baked into the engine; the site's cache version is derived
# from the built files' content by cmd/ui.
# The shared NER corpora and gazetteers (make model, make eval).
NER_DATA ?= ../shared/data/ner
VERSION := $(shell git describe --always --dirty 2>/dev/null || echo dev)

.PHONY: all run build wasm models model syllables vader vader-ref test test-go test-wasm test-e2e test-load screenshot fuzz bench eval fmt lint clean

all: build

run: build
	$(GO) run ./server -dir $(DIST) -addr $(ADDR)

# build writes the deployable static site to $(DIST): the two wasm
# modules, then the pages and assets (cmd/ui run natively), then the
# .br/.gz siblings.
build: wasm
	$(GO) run ./cmd/ui -out $(DIST) -web web -goroot $(GOROOT)

wasm:
	mkdir -p $(DIST)/web
	$(WASM_ENV) $(GO) build -trimpath -ldflags "-s -w" -o $(DIST)/web/app.wasm ./cmd/ui
	$(WASM_ENV) $(GO) build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o $(DIST)/web/engine.wasm ./cmd/engine

# models regenerates nlp/models/*.bin from prose's and Punkt's trained
# models (the engine embeds them; prose itself is never linked into it).
models:
	$(GO) run ./cmd/genmodel -out nlp/models

# model retrains the entity model and rebuilds its gazetteer from the
# openly licensed data in $(NER_DATA) (reproducible: fixed seed and order).
model:
	$(GO) run ./cmd/trainner -data $(NER_DATA) -out nlp/models

# syllables regenerates nlp/models/syllables.bin from the CMU Pronouncing
# Dictionary pinned in cmd/gensyllables/node (npm ci only when its
# node_modules is missing).
SYLLABLES_NODE := cmd/gensyllables/node
syllables:
	[ -d $(SYLLABLES_NODE)/node_modules ] || (cd $(SYLLABLES_NODE) && npm ci --no-audit --no-fund)
	$(GO) run ./cmd/gensyllables -dict $(SYLLABLES_NODE)/node_modules/cmu-pronouncing-dictionary/index.js -out nlp/models/syllables.bin

# vader regenerates nlp/models/vader.bin, VADER's sentiment lexicon, from
# the vader-sentiment package pinned in nlp/testdata/vader.
vader: vader-ref
	$(GO) run ./cmd/genvader -vader nlp/testdata/vader/node_modules/vader-sentiment -out nlp/models

# vader-ref installs the pinned vader-sentiment that cmd/genvader reads and
# the tone tests compare with; npm ci runs only when node_modules is
# missing or older than the lock file, so the tests download nothing.
vader-ref:
	cd nlp/testdata/vader && { [ node_modules/.package-lock.json -nt package-lock.json ] && [ node_modules/.package-lock.json -nt package.json ] || npm ci --no-audit --no-fund; }

# test runs everything: unit tests natively, nlp under js/wasm in Node,
# then the browser tests and the server's load tests against a fresh build.
test: test-go test-wasm test-e2e test-load

# test-go includes the server's tests of methods, traversal, header limits
# and timeouts (server/*_test.go); its load tests run in test-load instead.
test-go: vader-ref
	$(GO) vet ./...
	$(GO) test -skip '^TestLoad' $$($(GO) list ./... | grep -v /e2e)

# The engine and the UI only build for js/wasm: vet them there, and run
# nlp's own tests as wasm under Node, as the browser will run it.
test-wasm: vader-ref
	$(WASM_ENV) $(GO) vet ./cmd/engine ./cmd/ui ./app/... ./nlp/...
	$(WASM_ENV) $(GO) test -exec $(GOROOT)/lib/wasm/go_js_wasm_exec ./nlp/...

test-e2e: build
	NUTGRAF_DIST=$(abspath $(DIST)) $(GO) test -count=1 -timeout 10m ./e2e/...

# test-load runs the server, as its own process, on the built site under
# 200 concurrent loopback clients fetching the br wasm and the page for 30 s
# (zero errors; prints req/s, p50, p99, max), then sends it SIGTERM under
# load (no in-flight request lost, exit 0). About 45 s. -v shows the
# figures; NUTGRAF_LOAD_DURATION=5s shortens the 30 s run.
test-load: build
	NUTGRAF_DIST=$(abspath $(DIST)) $(GO) test -count=1 -v -run '^TestLoad' ./server/

# fuzz runs each fuzz target in turn for FUZZTIME (the seeds alone run in
# every `go test`). FUZZ_FLAGS passes more flags, e.g. -parallel 1 on a
# shared machine. A crasher is written under the package's testdata/fuzz/
# and fails the run: fix the cause, commit the file as a regression test.
FUZZTIME ?= 10m
FUZZ_TARGETS := nlp:FuzzAnalyze nlp:FuzzStructure nlp:FuzzQuoteScan \
	internal/textin:FuzzHTMLText internal/textin:FuzzMarkdownText
fuzz:
	set -e; for t in $(FUZZ_TARGETS); do \
		echo "== $${t#*:} ($${t%%:*}, $(FUZZTIME))"; \
		$(GO) test -run '^$$' -fuzz "^$${t#*:}$$" -fuzztime $(FUZZTIME) $(FUZZ_FLAGS) ./$${t%%:*}; \
	done

# screenshot refreshes docs/screenshot.png from the real page in Chromium.
screenshot: build
	NUTGRAF_DIST=$(abspath $(DIST)) NUTGRAF_SCREENSHOT=$(abspath docs/screenshot.png) \
		$(GO) test -count=1 -run TestScreenshot ./e2e/

# bench prints one table comparing the engine (wasm under Node, native,
# the page in Chromium) with prose, wink-nlp and compromise on the same
# texts, then nlp's Go benchmarks; see bench/README.md. npm ci runs only
# when bench/node_modules is missing or older than the lock file.
# BENCH_FLAGS passes flags to bench/cmd/report (e.g. -rounds 3 -browser=false).
bench: build
	cd bench && { [ node_modules/.package-lock.json -nt package-lock.json ] && [ node_modules/.package-lock.json -nt package.json ] || npm ci --no-audit --no-fund; }
	mkdir -p bench/out
	$(GO) build -o bench/out/ ./bench/cmd/native ./bench/cmd/prose ./bench/cmd/browser
	$(WASM_ENV) $(GO) build -trimpath -ldflags "-s -w" -o bench/out/prose.wasm ./bench/cmd/prosewasm
	$(GO) run ./bench/cmd/report -dist $(DIST) -bin bench/out $(BENCH_FLAGS)
	$(GO) test -run '^$$' -bench . -benchtime 20x ./nlp/

# bench-cli times the command line on a corpus of at least 10 MB, built by
# copying the articles of $(ARTICLES) round after round as separate files:
# nutgraf analyze --jsonl -r over it with GOMAXPROCS=1 and 2, reporting
# wall time, MB/s, files/s and the load average (see bench/cmd/cli).
# BENCH_CLI_FLAGS passes flags to it (e.g. -runs 5 -procs 1,2,4 -min-mb 20).
.PHONY: bench-cli
bench-cli:
	tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(GO) build -trimpath -ldflags "-X main.version=$(VERSION)" -o "$$tmp/nutgraf" ./cmd/nutgraf && \
	$(GO) run ./bench/cmd/cli -bin "$$tmp/nutgraf" -articles $(ARTICLES) -dir "$$tmp" $(BENCH_CLI_FLAGS)

# eval scores the entities against the openly licensed gold corpora in
# $(NER_DATA) (exact-span P/R/F1 per type; see cmd/evalner), then the
# quotes against the hand-annotated gold in eval/quotes (cmd/evalquotes).
ARTICLES ?= ../shared/articles
eval:
	$(GO) run ./cmd/evalner -data $(NER_DATA)
	$(GO) run ./cmd/evalquotes -gold eval/quotes -articles $(ARTICLES)

fmt:
	gofmt -w $$(git ls-files '*.go')

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...

clean:
	rm -rf $(DIST)
