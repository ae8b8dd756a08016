// The analyzers the Node driver can time. Each load() resolves to
// {run(text), found(result), memoryMiB?()}: run is the timed call and does
// the analyzer's comparable work (tokens, sentences, tags, entities);
// found counts the entities in run's result outside the timer, as a check
// that the work was really done.
"use strict";

const path = require("path");
const { loadGoWasm } = require("./gowasm.js");

const MiB = 1 << 20;

// Nutgraf's engine: globalThis.Nutgraf.analyze returns the Analysis as a
// JSON string, or an Error (Go cannot throw into JavaScript).
async function engine(opts) {
  const web = path.join(opts.dist, "web");
  const { api, memory } = await loadGoWasm(
    path.join(web, "engine.wasm"), path.join(web, "wasm_exec.js"), "NutgrafReady");
  return {
    run(text) {
      const r = api.analyze(text);
      if (r instanceof Error) throw new Error(`engine: ${r.code}: ${r.message}`);
      return r;
    },
    found: (r) => JSON.parse(r).entities.length,
    memoryMiB: () => memory.buffer.byteLength / MiB,
  };
}

// prose compiled to wasm by bench/cmd/prosewasm, loaded like the engine.
async function prose(opts) {
  const { api, memory } = await loadGoWasm(
    opts.proseWasm, path.join(opts.dist, "web", "wasm_exec.js"), "ProseBenchReady");
  return {
    run(text) {
      const r = api.analyze(text);
      if (r instanceof Error) throw new Error(`prose: ${r.message}`);
      return r;
    },
    found: (n) => n,
    memoryMiB: () => memory.buffer.byteLength / MiB,
  };
}

// wink-nlp with its default pipeline (winkNLP(model) runs sentence
// boundaries, negation, sentiment, POS and NER in readDoc). Reading every
// token's POS and every entity's detail collects what readDoc computed.
async function wink() {
  const winkNLP = require("wink-nlp");
  const model = require("wink-eng-lite-web-model");
  const nlp = winkNLP(model);
  const its = nlp.its;
  return {
    run(text) {
      const doc = nlp.readDoc(text);
      let tags = 0;
      doc.tokens().each((t) => {
        if (t.out(its.pos)) tags++;
      });
      const ents = doc.entities().out(its.detail);
      return { tags, sentences: doc.sentences().length(), entities: ents.length };
    },
    found: (r) => r.entities,
  };
}

// compromise: nlp(text) tokenizes and tags; people(), places() and
// organizations() are its named entities (what .topics() combines).
async function compromise() {
  const nlp = require("compromise");
  return {
    run(text) {
      const doc = nlp(text);
      return doc.people().out("array").length +
        doc.places().out("array").length +
        doc.organizations().out("array").length;
    },
    found: (n) => n,
  };
}

// Row names as the table prints them.
const contenders = {
  engine: { label: "engine (wasm, Node)", load: engine },
  prose: { label: "prose (wasm, Node)", load: prose },
  wink: { label: "wink-nlp", load: wink },
  compromise: { label: "compromise", load: compromise },
};

module.exports = { contenders };
