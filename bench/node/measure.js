// The Node driver of make bench. Run by bench/cmd/report with one JSON
// argument:
//
//   {mode: "load" | "run", names: [...], tass, big, dist, proseWasm,
//    plan: {warmup, warmupMs, tassPerRound, rounds, bigBudgetMs}, out}
//
// "load" loads names[0] alone in this fresh process and records how long
// that took (and, for a Go wasm, the time since the process started: Node's
// performance.now() counts from process start). "run" loads every name,
// then alternates them (A B C A B C ...) through warm-up and timed rounds,
// so that a slow moment of the machine falls on all of them alike. It
// writes a list of results (bench/internal/runs.Result) to out.
"use strict";

const fs = require("fs");
const { contenders } = require("./contenders.js");

const cfg = JSON.parse(process.argv[2]);

function result(name) {
  return { analyzer: contenders[name].label, loadMs: 0, tassMs: [], bigMs: [], found: 0, extra: {} };
}

async function load(name) {
  const t0 = performance.now();
  const a = await contenders[name].load(cfg);
  return { a, loadMs: performance.now() - t0, readyAt: performance.now() };
}

async function loadOnly() {
  const name = cfg.names[0];
  const r = result(name);
  const { a, loadMs, readyAt } = await load(name);
  r.loadMs = loadMs;
  r.extra.startMs = readyAt;
  if (a.memoryMiB) r.extra.memAfterLoadMB = a.memoryMiB();
  return [r];
}

function save(results) {
  fs.writeFileSync(cfg.out + ".tmp", JSON.stringify(results) + "\n");
  fs.renameSync(cfg.out + ".tmp", cfg.out);
}

// time runs fn and returns its result and milliseconds.
function time(fn) {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

async function run() {
  const tass = fs.readFileSync(cfg.tass, "utf8");
  const big = fs.readFileSync(cfg.big, "utf8");
  const plan = cfg.plan;
  const rows = [];
  for (const name of cfg.names) {
    const r = result(name);
    try {
      const { a, loadMs } = await load(name);
      r.loadMs = loadMs; // in this shared process; the table uses the fresh-process loads
      if (a.memoryMiB) r.extra.memAfterLoadMB = a.memoryMiB();
      rows.push({ r, a, spent: 0, done: false });
    } catch (e) {
      r.error = String((e && e.message) || e);
      rows.push({ r, a: null, spent: 0, done: true });
    }
  }
  // step runs fn for every analyzer still in, in order, and drops one
  // that fails (its row keeps the error) so the others carry on. The
  // results so far are saved after each call: if the report has to stop
  // this process at its deadline, what was measured is not lost.
  const step = (fn) => {
    for (const row of rows) {
      if (row.done) continue;
      try {
        fn(row);
      } catch (e) {
        row.r.error = String((e && e.message) || e);
        row.done = true;
      }
      save(rows.map((x) => x.r));
    }
  };
  // Warm-up, per analyzer: plan.warmup runs and at least plan.warmupMs,
  // since V8 tiers wasm up to optimized code only after it has run a
  // while. Untimed, so it need not alternate.
  step((row) => {
    const t0 = performance.now();
    for (let i = 0; i < plan.warmup || performance.now() - t0 < plan.warmupMs; i++) row.a.run(tass);
  });
  for (let round = 0; round < plan.rounds; round++) {
    for (let k = 0; k < plan.tassPerRound; k++) {
      step((row) => row.r.tassMs.push(time(() => row.a.run(tass))[1]));
    }
    step((row) => {
      // Same rule as bench/internal/runs.Time: after the first long run,
      // start another only if it is likely to fit in the budget; an
      // analyzer over budget leaves the rotation.
      if (round > 0 && row.spent + row.spent / round > plan.bigBudgetMs) {
        row.done = true;
        return;
      }
      const [v, ms] = time(() => row.a.run(big));
      row.spent += ms;
      row.r.bigMs.push(ms);
      if (round === 0) {
        row.r.found = row.a.found(v);
        // Go's wasm memory only grows, so its size after the long text
        // is the peak that text needed.
        if (row.a.memoryMiB) row.r.extra.memAfterBigMB = row.a.memoryMiB();
      }
    });
  }
  for (const row of rows) {
    if (row.a && row.a.memoryMiB) row.r.extra.memAtEndMB = row.a.memoryMiB();
  }
  return rows.map((row) => row.r);
}

(cfg.mode === "load" ? loadOnly() : run())
  .then((rows) => {
    save(rows);
    process.exit(0); // the Go programs keep running (select {}) until we leave
  })
  .catch((e) => {
    const rows = cfg.names.map((n) => Object.assign(result(n), { error: String((e && e.stack) || e) }));
    save(rows);
    process.exit(0);
  });
