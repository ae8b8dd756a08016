// The backend of the hidden engine frame (/embed/api) that Nutgraf.analyze
// uses: it runs the engine in its own Web Worker (web/worker.js, the same
// worker the site's pages use) and answers the requests web/embedframe.js
// has checked. This page has no UI, so nothing else is loaded: no go-app,
// no app.wasm, only the engine.
"use strict";

(() => {
  const port = globalThis.NutgrafEmbedFrame;
  if (!port || port.mode !== "api") {
    return;
  }

  const requests = new Map(); // worker request id -> embedframe request
  let nextID = 0;
  let failed = null; // why the engine could not be loaded

  function failAll(message) {
    failed = message;
    for (const request of requests.values()) {
      request.error("load_failed", message);
    }
    requests.clear();
  }

  let worker = null;
  try {
    worker = new Worker("/web/worker.js");
  } catch (err) {
    failed = String((err && err.message) || err || "the engine's worker could not be started");
  }

  if (worker) {
    worker.addEventListener("message", (event) => {
      const msg = event.data;
      if (!msg || typeof msg !== "object") {
        return;
      }
      if (!msg.id) {
        // About the engine itself: only a failure to load matters here.
        if (msg.type === "error") {
          failAll(String(msg.message || "the engine failed to load"));
        }
        return;
      }
      const request = requests.get(msg.id);
      if (!request) {
        return;
      }
      switch (msg.type) {
        case "progress":
          request.progress(msg.stage, msg.done, msg.total);
          break;
        case "result":
          requests.delete(msg.id);
          request.result(msg.analysis);
          break;
        case "error":
          requests.delete(msg.id);
          request.error(msg.code, msg.message);
          break;
      }
    });
    worker.addEventListener("error", (event) => {
      // The worker script failed outside of its protocol (it could not be
      // fetched or parsed): the engine will not load.
      event.preventDefault();
      failAll(event.message || "the engine's worker failed");
    });
  }

  port.serve((request) => {
    if (failed !== null) {
      request.error("load_failed", failed);
      return;
    }
    nextID++;
    requests.set(nextID, request);
    // The worker queues the request until the engine is ready; the
    // Analysis comes back as its JSON text, which is what the host gets.
    worker.postMessage({ id: nextID, type: "analyze", text: request.text, options: {} });
  });
})();
