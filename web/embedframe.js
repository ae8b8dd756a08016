// The frame's side of Nutgraf's embedding protocol (docs/embed.md), in the
// pages other sites frame: the widget (/embed) and the hidden engine
// frame that Nutgraf.analyze uses (/embed/api). The host's side is
// /embed.js.
//
// This script is the only place that talks to the host page. It takes
// messages from the window that framed this page and nothing else,
// checks each one's shape and size, records the host's origin from its
// first valid message and answers only that origin; what to do with a
// request is left to a backend that registers with serve(): the UI on
// /embed (app/embedpage.go), a worker of its own on /embed/api
// (web/embedapi.js). The protocol lives here, in JavaScript, rather than
// in the UI's Go, because /embed/api has no UI: one implementation serves
// both, and on /embed it works before the UI's WebAssembly has started
// (requests wait for it here).
//
// It is loaded on every page of the site (go-app gives all pages the
// same scripts) and does nothing on a page that is not marked
// data-nutgraf-frame.
//
// Article text arrives only by postMessage from the parent window and an
// Analysis leaves only by postMessage to the parent, at the origin that
// asked. Nothing is fetched or stored.
"use strict";

(() => {
  const PROTOCOL = 1;
  // nlp.MaxInputBytes: the engine refuses longer texts, and there is no
  // point in taking them in.
  const MAX_TEXT_BYTES = 5 << 20;
  const MAX_ID_LENGTH = 64;
  // Requests held at once (waiting for the UI, or being analyzed): a
  // host that floods the frame gets "busy" rather than using up memory.
  const MAX_PENDING = 16;
  // The fields each message from the host may have; any other field makes
  // it malformed.
  const REQUEST_FIELDS = new Set(["nutgraf", "id", "type", "text"]);

  const marker = document.querySelector("[data-nutgraf-frame]");
  if (!marker) {
    return;
  }
  const mode = marker.getAttribute("data-nutgraf-frame");
  const host = window.parent;
  const framed = host !== window;

  let hostOrigin = null; // from the host's first valid message
  let backend = null; // the function serve() registered
  const waiting = []; // requests received before a backend registered
  const pending = new Map(); // key -> request, until answered

  // post sends a message to the host. Messages that carry an analysis go
  // only to the origin that asked; "ready" and "resize" carry nothing of
  // the article and may go out before the host has said who it is.
  function post(message, targetOrigin) {
    if (framed) {
      host.postMessage(Object.assign({ nutgraf: PROTOCOL }, message), targetOrigin);
    }
  }

  function answer(id, type, fields) {
    post(Object.assign({ id, type }, fields), hostOrigin);
  }

  function validID(id) {
    return (
      (typeof id === "string" && id.length > 0 && id.length <= MAX_ID_LENGTH) ||
      (typeof id === "number" && Number.isSafeInteger(id))
    );
  }

  // idKey tells the string "1" from the number 1.
  const idKey = (id) => typeof id + ":" + id;

  // utf8Length counts the bytes of s in UTF-8, stopping once past limit.
  function utf8Length(s, limit) {
    if (s.length > limit) {
      return s.length; // at least a byte per code unit
    }
    if (s.length * 3 <= limit) {
      return s.length; // at most three bytes per code unit: within the limit
    }
    let n = 0;
    for (let i = 0; i < s.length && n <= limit; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 4; // a surrogate pair
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  // problem returns why msg is not a request this frame can take, as an
  // error's [code, message], or null when it is one.
  function problem(msg) {
    if (msg.nutgraf !== PROTOCOL) {
      return ["unsupported_version", "this frame speaks version " + PROTOCOL + " of the protocol"];
    }
    for (const key of Object.keys(msg)) {
      if (!REQUEST_FIELDS.has(key)) {
        return ["bad_request", "unknown field " + JSON.stringify(key.slice(0, 40))];
      }
    }
    if (msg.type !== "analyze") {
      return ["bad_request", "unknown message type"];
    }
    if (typeof msg.text !== "string") {
      return ["bad_request", "text must be a string"];
    }
    if (utf8Length(msg.text, MAX_TEXT_BYTES) > MAX_TEXT_BYTES) {
      return ["too_large", "the text is over the " + (MAX_TEXT_BYTES >> 20) + " MB limit: analyze a shorter text"];
    }
    if (pending.has(idKey(msg.id))) {
      return ["bad_request", "a request with this id is still being answered"];
    }
    if (pending.size >= MAX_PENDING) {
      return ["busy", "too many requests at once: wait for an answer before sending more"];
    }
    return null;
  }

  window.addEventListener("message", (event) => {
    // Only the window that framed this page may ask, and only in writing
    // that is ours: anything else (another frame, a popup, the host's own
    // unrelated messages) is dropped without a word.
    if (!framed || event.source !== host) {
      return;
    }
    const msg = event.data;
    if (msg === null || typeof msg !== "object" || Array.isArray(msg) || !Object.hasOwn(msg, "nutgraf")) {
      return;
    }
    if (!validID(msg.id)) {
      return; // nothing to answer to
    }
    // An opaque origin ("null": a sandboxed or file: page) cannot be
    // named as a target, and an answer must never go to "*".
    if (typeof event.origin !== "string" || event.origin === "null") {
      return;
    }
    if (hostOrigin === null) {
      hostOrigin = event.origin;
    } else if (event.origin !== hostOrigin) {
      return;
    }
    const bad = problem(msg);
    if (bad) {
      answer(msg.id, "error", { code: bad[0], message: bad[1] });
      return;
    }
    accept(msg.id, msg.text);
  });

  // accept holds a valid request until a backend answers it.
  function accept(id, text) {
    const key = idKey(id);
    let settled = false;
    const settle = (type, fields) => {
      if (settled) {
        return;
      }
      settled = true;
      pending.delete(key);
      answer(id, type, fields);
    };
    // What a backend gets: the text, and one way to answer each kind of
    // message. Whatever a backend passes is checked, so that only the
    // protocol's shapes reach the host.
    const request = Object.freeze({
      text,
      progress(stage, done, total) {
        if (!settled) {
          answer(id, "progress", { stage: String(stage), done: Number(done) || 0, total: Number(total) || 0 });
        }
      },
      result(analysis) {
        if (typeof analysis !== "string") {
          settle("error", { code: "internal", message: "the engine gave no analysis" });
          return;
        }
        settle("result", { analysis });
      },
      error(code, message) {
        settle("error", { code: String(code || "internal"), message: String(message || "the analysis failed") });
      },
    });
    pending.set(key, request);
    if (backend) {
      run(request);
    } else {
      waiting.push(request);
    }
  }

  function run(request) {
    try {
      backend(request);
    } catch (err) {
      request.error("internal", String((err && err.message) || err));
    }
  }

  // The backend's interface: serve(fn) registers fn(request), which
  // answers each request by calling request.progress(stage, done, total),
  // then request.result(analysisJSON) or request.error(code, message).
  // Requests that came before are handed over at once. serve(null)
  // unregisters; requests then wait again.
  Object.defineProperty(globalThis, "NutgrafEmbedFrame", {
    value: Object.freeze({
      mode,
      serve(fn) {
        backend = typeof fn === "function" ? fn : null;
        while (backend && waiting.length > 0) {
          run(waiting.shift());
        }
      },
    }),
  });

  // The widget's height follows its content, so that the host can size
  // the frame to it (the frame itself cannot). A ResizeObserver calls back
  // once per frame, after layout, and once at the start.
  function watchHeight() {
    let last = 0;
    const measure = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height > 0 && height !== last) {
        last = height;
        post({ type: "resize", height }, hostOrigin || "*");
      }
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
  }

  if (framed) {
    // "ready": the frame listens now; the host sends what it held back.
    post({ type: "ready", mode }, "*");
    if (mode === "widget") {
      watchHeight();
    }
  }
})();
