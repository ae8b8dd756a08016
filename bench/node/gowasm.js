// Loads a Go program compiled to js/wasm the way the page's worker does:
// Go's own wasm_exec.js (from the built site, so the same glue as
// production), no Node file system handed to Go, and the program
// announcing itself through a global ready callback once its models are
// loaded.
"use strict";

const fs = require("fs");

let glueLoaded = false;

// loadGoWasm compiles and starts wasmPath and resolves, once the program
// has called globalThis[readyName], with {api, memory}: the object the
// program passed and its linear memory (Go exports it as "mem").
async function loadGoWasm(wasmPath, wasmExecPath, readyName) {
  if (!glueLoaded) {
    require(require("path").resolve(wasmExecPath)); // defines globalThis.Go
    glueLoaded = true;
  }
  const ready = new Promise((resolve) => {
    globalThis[readyName] = resolve;
  });
  const go = new globalThis.Go();
  const bytes = fs.readFileSync(wasmPath);
  const module = await WebAssembly.compile(bytes);
  const instance = await WebAssembly.instantiate(module, go.importObject);
  const exited = go.run(instance).then(() => {
    throw new Error(`${wasmPath} exited before it was ready`);
  });
  const api = await Promise.race([ready, exited]);
  if (api.error) {
    throw new Error(`${wasmPath} failed to load: ${api.error}`);
  }
  return { api, memory: instance.exports.mem };
}

module.exports = { loadGoWasm };
