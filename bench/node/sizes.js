// Download sizes for make bench: brotli bytes of what a browser must fetch
// for each JavaScript contender, and of any files named (a Go wasm module).
// Run with one JSON argument {files: [...], cacheDir, out}.
//
// Everything is compressed here alike, at brotli's best setting (quality
// 11, 16 MiB window: what `brotli -q 11 -w 24` and the site's own .br files
// use). A big wasm takes tens of seconds at that setting, so sizes are
// cached by content hash in cacheDir.
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const cfg = JSON.parse(process.argv[2]);

function brotli(buf) {
  const key = crypto.createHash("sha256").update(buf).digest("hex");
  const cached = path.join(cfg.cacheDir, `${key}.brotli-size`);
  if (fs.existsSync(cached)) return Number(fs.readFileSync(cached, "utf8"));
  const n = zlib.brotliCompressSync(buf, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: 11,
      [zlib.constants.BROTLI_PARAM_LGWIN]: 24,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  }).length;
  fs.mkdirSync(cfg.cacheDir, { recursive: true });
  fs.writeFileSync(cached, String(n));
  return n;
}

// wink ships no browser bundle: a bundler would include exactly the files
// Node loads for winkNLP(model) (the library's sources and the model's
// code and JSON), so those files, concatenated, stand for the bundle.
// They are not minified, so this is an upper bound on wink's download.
function winkBundle() {
  const before = new Set(Object.keys(require.cache));
  const winkNLP = require("wink-nlp");
  winkNLP(require("wink-eng-lite-web-model"));
  const files = Object.keys(require.cache).filter((f) => !before.has(f)).sort();
  const buf = Buffer.concat(files.map((f) => fs.readFileSync(f)));
  return { bytes: buf.length, brotli: brotli(buf), files: files.length };
}

// compromise ships its browser bundle (the one its package.json names for
// unpkg): builds/compromise.js, minified.
function compromiseBundle() {
  // (its package.json is not among its exports, so find it on disk)
  const dir = path.join(__dirname, "..", "node_modules", "compromise");
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  const buf = fs.readFileSync(path.join(dir, pkg.unpkg || "builds/compromise.js"));
  return { bytes: buf.length, brotli: brotli(buf), files: 1 };
}

const out = { wink: winkBundle(), compromise: compromiseBundle(), files: {} };
for (const f of cfg.files || []) {
  const buf = fs.readFileSync(f);
  out.files[f] = { bytes: buf.length, brotli: brotli(buf) };
}
fs.writeFileSync(cfg.out, JSON.stringify(out) + "\n");
