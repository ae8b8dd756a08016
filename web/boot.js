// Nutgraf's boot script: a few lines that run as soon as the page is
// parsed, long before the UI's own WebAssembly (app.wasm) has downloaded,
// compiled and started.
//
// - It starts the engine's Web Worker at once, so that engine.wasm
//   downloads and compiles while app.wasm does, not after it. The UI
//   adopts this worker when it starts (app/bridge.go), with every message
//   the worker sent meanwhile.
// - It makes the pre-rendered page usable before the UI runs: "Analyze"
//   sends the text to the worker (which queues it until the engine is
//   ready) and "Try a sample" fetches the sample into the box. The UI
//   takes over the request, and the box's text, when it starts.
//
// Text is only ever set as a value or as textContent, never as markup.
"use strict";

(() => {
  const WORKER_URL = "/web/worker.js";
  const SAMPLE_URL = "/web/samples/tass-putin-nato.txt";

  const boot = {
    worker: null,
    failed: "", // why the worker could not be started
    messages: [], // what the worker sent before the UI adopted it
    nextID: 0, // the last request ID used
    request: null, // {id, text}: the request sent before the UI started
    onMessage: null, // the UI's handlers, once adopted
    onError: null,
  };

  // start starts a worker and has its events kept for the UI, or passed
  // to it once it has adopted the worker.
  function start() {
    boot.worker = null;
    boot.failed = "";
    boot.messages = [];
    let worker;
    try {
      worker = new Worker(WORKER_URL);
    } catch (err) {
      boot.failed = String((err && err.message) || err || "the worker could not be started");
      return;
    }
    boot.worker = worker;
    worker.addEventListener("message", (event) => {
      if (worker !== boot.worker) {
        return; // one given up on
      }
      if (boot.onMessage) {
        boot.onMessage(event);
        return;
      }
      boot.messages.push(event.data);
      showEarly(event.data);
    });
    worker.addEventListener("error", (event) => {
      if (worker !== boot.worker) {
        return;
      }
      if (boot.onError) {
        boot.onError(event);
        return;
      }
      // An error event is the worker script failing outside of the
      // protocol; it is kept as the protocol's load_failed for the UI.
      event.preventDefault();
      const message = { type: "error", code: "load_failed", message: event.message || "the worker script failed" };
      boot.messages.push(message);
      showEarly(message);
    });
  }

  // The engine is started at once only on the pages that analyze (the
  // analyzer and the widget other sites frame), not on the others (the
  // embedding guide), which have no use for its megabytes.
  const ANALYZER_PATHS = ["/", "/index.html", "/embed", "/embed.html"];
  let started = false;
  let handedOver = false;
  if (ANALYZER_PATHS.includes(location.pathname)) {
    start();
    started = true;
  }

  // NutgrafBoot.adopt hands the worker to the UI: from then on the
  // worker's events go to onMessage and onError (both given the event),
  // and this script leaves the page alone. It returns the worker (null if
  // none could be started, see failed), the messages received so far, the
  // last request ID used and the request sent before the UI started.
  Object.defineProperty(globalThis, "NutgrafBoot", {
    value: Object.freeze({
      adopt(onMessage, onError) {
        boot.onMessage = onMessage;
        boot.onError = onError;
        // The worker started with the page is handed over once. A later
        // adopt (the UI mounted the analyzer again after moving between
        // its pages, having stopped the worker it had), or one on a page
        // that started none, gets a new worker.
        if (!started || handedOver) {
          start();
          boot.request = null;
        }
        started = true;
        handedOver = true;
        const messages = boot.messages;
        boot.messages = [];
        return {
          worker: boot.worker,
          failed: boot.failed,
          messages,
          nextID: boot.nextID,
          request: boot.request,
        };
      },
    }),
  });

  const adopted = () => boot.onMessage !== null;
  const byID = (id) => document.getElementById(id);

  // Until the UI runs, the page's status line says what this script did.
  function status(state, label) {
    const bar = byID("progress");
    if (bar) {
      bar.setAttribute("data-state", state);
      bar.removeAttribute("value");
    }
    const box = byID("status");
    if (box) {
      box.setAttribute("data-state", state);
    }
    const text = byID("progress-label");
    if (text) {
      text.textContent = label;
    }
  }

  function showEarly(msg) {
    if (adopted() || !msg) {
      return;
    }
    const engine = byID("engine-status");
    if (msg.type === "ready" && engine) {
      engine.textContent = "Engine ready";
      engine.setAttribute("data-engine", "ready");
    } else if (msg.type === "error" && !msg.id) {
      if (engine) {
        engine.textContent = "Engine failed to load";
        engine.setAttribute("data-engine", "failed");
      }
      if (boot.request) {
        status("error", "The analysis engine could not be loaded.");
      }
    } else if (msg.type === "error" && boot.request && msg.id === boot.request.id) {
      status("error", "The analysis failed.");
    } else if (msg.type === "progress" && boot.request && msg.id === boot.request.id) {
      status("analyzing", "Analyzing…");
    }
  }

  function analyze() {
    if (adopted()) {
      return;
    }
    const box = byID("article-input");
    if (!box) {
      return;
    }
    const text = box.value;
    if (!boot.worker) {
      status("error", "The analysis engine could not be started: " + boot.failed);
      return;
    }
    boot.nextID++;
    boot.request = { id: boot.nextID, text };
    boot.worker.postMessage({ id: boot.nextID, type: "analyze", text, options: {}, as: "bytes" });
    status("loading", "Your analysis will start as soon as the page is ready.");
  }

  async function loadSample(button) {
    if (adopted()) {
      return;
    }
    button.disabled = true;
    try {
      const res = await fetch(SAMPLE_URL);
      const text = res.ok ? await res.text() : "";
      const box = byID("article-input");
      if (text && box && !adopted()) {
        box.value = text;
        const analyzeButton = byID("analyze-button");
        if (analyzeButton) {
          analyzeButton.focus();
        }
      }
    } catch (err) {
      // The UI's own sample button reports errors once it runs.
    } finally {
      button.disabled = false;
    }
  }

  // The pre-rendered buttons are disabled, since nothing would answer
  // them; this script answers them until the UI replaces the page.
  function wire() {
    const analyzeButton = byID("analyze-button");
    const sampleButton = byID("sample-button");
    const box = byID("article-input");
    if (adopted() || !analyzeButton) {
      return;
    }
    analyzeButton.addEventListener("click", analyze);
    analyzeButton.disabled = false;
    if (sampleButton) {
      sampleButton.addEventListener("click", () => loadSample(sampleButton));
      sampleButton.disabled = false;
    }
    if (box) {
      box.addEventListener("keydown", (event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          analyze();
        }
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", wire);
  } else {
    wire();
  }
})();
