// Nutgraf's engine worker. It loads the analysis engine (engine.wasm, Go
// compiled to WebAssembly) off the page's thread and runs every analysis
// here, so that the page never freezes. Nothing is sent anywhere: the text
// arrives by postMessage and the Analysis goes back the same way.
//
// Out, about the engine:   {type: "progress", stage: "loading", done, total}
//                          {type: "ready", version}
//                          {type: "error", code: "load_failed", message}
// In:                      {id, type: "analyze", text, options[, as]}
//                          (queued until the engine is ready)
// Out, for a request:      {id, type: "progress", stage, done, total}
//                          {id, type: "result", analysis}  (the JSON string)
//                          {id, type: "error", code, message}
//
// A request with as: "bytes" gets its result as {id, type: "result",
// bytes}: the JSON in UTF-8, in an ArrayBuffer that is transferred, not
// copied. The page asks for that: a book's Analysis is megabytes, which as
// a string would be copied and then encoded on the page's own thread.
"use strict";

const ENGINE_URL = "/web/engine.wasm";
// The server sends the uncompressed size of a .wasm here; Content-Length
// is the compressed size when the response is encoded.
const LENGTH_HEADER = "X-Wasm-Content-Length";
// Progress messages are sent at most this often (ms), besides the first
// and the last of each stage.
const PROGRESS_INTERVAL = 50;

let engine = null; // globalThis.Nutgraf once loaded
let failed = null; // the load error's message, if loading failed
const queue = [];

self.addEventListener("message", (event) => {
  const msg = event.data;
  if (!msg || msg.type !== "analyze") {
    return;
  }
  if (failed !== null) {
    reply(msg.id, "error", { code: "load_failed", message: failed });
  } else if (engine) {
    analyze(msg);
  } else {
    queue.push(msg);
  }
});

function reply(id, type, fields) {
  self.postMessage(Object.assign({ id, type }, fields));
}

function fail(err) {
  failed = String((err && err.message) || err || "unknown error");
  self.postMessage({ type: "error", code: "load_failed", message: failed });
  while (queue.length > 0) {
    reply(queue.shift().id, "error", { code: "load_failed", message: failed });
  }
}

// throttle returns a progress reporter that posts at most every
// PROGRESS_INTERVAL ms, but always a stage's first and last report.
function throttle(post) {
  let last = 0;
  let lastStage = null;
  return (stage, done, total) => {
    const now = Date.now();
    if (stage !== lastStage || done >= total || now - last >= PROGRESS_INTERVAL) {
      last = now;
      lastStage = stage;
      post(stage, done, total);
    }
  };
}

// download fetches the engine and returns a Response whose body reports
// its progress as it is read.
async function download() {
  const res = await fetch(ENGINE_URL);
  if (!res.ok) {
    throw new Error(`${ENGINE_URL}: HTTP ${res.status}`);
  }
  const total =
    parseInt(res.headers.get(LENGTH_HEADER) || res.headers.get("Content-Length") || "0", 10) || 0;
  const report = throttle((stage, done, total) => self.postMessage({ type: "progress", stage, done, total }));
  report("loading", 0, total);
  if (!res.body) {
    return res;
  }
  let done = 0;
  const reader = res.body.getReader();
  const body = new ReadableStream({
    async pull(controller) {
      const { done: end, value } = await reader.read();
      if (end) {
        report("loading", total || done, total || done);
        controller.close();
        return;
      }
      done += value.byteLength;
      // A wrong length header must not show more than 100%.
      report("loading", done, Math.max(total, done));
      controller.enqueue(value);
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
  return new Response(body, { headers: { "Content-Type": "application/wasm" } });
}

async function load() {
  // The engine's download starts first: fetching wasm_exec.js (which
  // importScripts waits for) then goes on alongside it.
  const downloading = download();
  downloading.catch(() => {}); // awaited below; not unhandled meanwhile
  importScripts("/web/wasm_exec.js");
  const go = new Go();
  let resolveReady;
  const ready = new Promise((resolve) => {
    resolveReady = resolve;
  });
  // cmd/engine calls this once globalThis.Nutgraf is set.
  self.NutgrafReady = resolveReady;
  const res = await downloading;
  let instance;
  if (WebAssembly.instantiateStreaming) {
    ({ instance } = await WebAssembly.instantiateStreaming(res, go.importObject));
  } else {
    ({ instance } = await WebAssembly.instantiate(await res.arrayBuffer(), go.importObject));
  }
  // run starts the engine's main, which sets up the API and then waits
  // for calls; the promise settles only if the engine exits.
  const run = go.run(instance);
  if (self.Nutgraf) {
    resolveReady(self.Nutgraf);
  }
  const api = await Promise.race([ready, run.then(() => null)]);
  if (!api || typeof api.analyze !== "function") {
    throw new Error("the engine stopped before it was ready");
  }
  if (api.error) {
    throw new Error(String(api.error));
  }
  run.then(() => {
    engine = null;
    fail(new Error("the engine stopped"));
  });
  engine = api;
  self.postMessage({ type: "ready", version: String(api.version || "") });
  while (queue.length > 0) {
    analyze(queue.shift());
  }
}

function analyze(msg) {
  const id = msg.id;
  try {
    const options = JSON.stringify(msg.options || {});
    const progress = throttle((stage, done, total) => reply(id, "progress", { stage, done, total }));
    const out = engine.analyze(String(msg.text ?? ""), options, progress);
    if (typeof out === "string" && msg.as === "bytes") {
      const bytes = new TextEncoder().encode(out).buffer;
      self.postMessage({ id, type: "result", bytes }, [bytes]);
    } else if (typeof out === "string") {
      reply(id, "result", { analysis: out });
    } else if (out instanceof Error) {
      reply(id, "error", { code: out.code || "internal", message: out.message });
    } else {
      reply(id, "error", { code: "internal", message: "the engine gave no analysis" });
    }
  } catch (err) {
    reply(id, "error", { code: "internal", message: String((err && err.message) || err) });
  }
}

load().catch(fail);
