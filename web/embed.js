// Nutgraf's embed script, for other sites. Served at https://HOST/embed.js;
// the protocol it speaks with the frames is in docs/embed.md.
//
//   <script src="https://HOST/embed.js" data-nutgraf></script>
//
// mounts the Nutgraf widget (an iframe of HOST/embed, sized to its
// content) where the tag is, or into the element data-nutgraf-target
// names. The script also defines window.Nutgraf:
//
//   Nutgraf.mount(element[, options]) -> {iframe, analyze(text), destroy()}
//   Nutgraf.analyze(text[, options]) -> Promise<Analysis>
//
// Nutgraf.analyze runs the engine in one hidden iframe of HOST/embed/api,
// created on first use, for sites that draw their own UI. The text goes
// only to the Nutgraf frame, by postMessage to HOST's origin; nothing is
// sent over the network, and Nutgraf's server has nowhere to send it.
//
// Options (as data- attributes on the tag, or as an object):
//   height     "auto" (the default: follow the widget's content) or a
//              height in CSS pixels, fixed (the widget scrolls inside)
//   maxHeight  the most "auto" grows to, in CSS pixels (default 4000)
//   title      the frame's accessible name
//   timeout    (analyze) milliseconds before the promise rejects with
//              code "timeout" (default 120000)
//   onProgress (analyze) called with {stage, done, total} as it runs
"use strict";

(() => {
  const PROTOCOL = 1;
  // nlp.MaxInputBytes: the engine refuses longer texts.
  const MAX_TEXT_BYTES = 5 << 20;
  const DEFAULT_TIMEOUT = 120000;
  const INITIAL_HEIGHT = 360; // until the widget says how tall it is
  const MIN_HEIGHT = 120;
  const DEFAULT_MAX_HEIGHT = 4000;
  const DEFAULT_TITLE = "Nutgraf: news article analyzer";
  // The key under which the API keeps how a tag mounts its widget: a later
  // tag (loading this script again) finds the first one's API by it.
  const MOUNT_TAG = Symbol.for("nutgraf.embed.mountTag");

  const script = document.currentScript;
  if (!script || !script.src) {
    // Without its own URL the script cannot know where Nutgraf is.
    console.error("Nutgraf: embed.js must be loaded by a <script src> tag");
    return;
  }
  const origin = new URL(script.src).origin;

  // A page may carry several tags (several widgets): the API is made once
  // per Nutgraf origin, and each tag mounts its own widget.
  let api = window.Nutgraf;
  if (!api || api.protocol !== PROTOCOL || api.origin !== origin) {
    api = makeAPI(origin);
    if (!window.Nutgraf) {
      Object.defineProperty(window, "Nutgraf", { value: api, enumerable: true, configurable: true });
    }
  }
  if (script.hasAttribute("data-nutgraf")) {
    autoMount(api, script);
  }

  function makeAPI(origin) {
    const channels = new Set();
    const mounted = [];
    let seq = 0;
    let engine = null; // the hidden frame's channel, once made

    window.addEventListener("message", (event) => {
      // Only our frames, and only while they hold Nutgraf's pages.
      if (event.origin !== origin) {
        return;
      }
      for (const ch of channels) {
        if (ch.iframe.contentWindow === event.source) {
          ch.receive(event.data);
          return;
        }
      }
    });

    function nutgrafError(code, message) {
      const err = new Error(message);
      err.name = "NutgrafError";
      err.code = code;
      return err;
    }

    // A channel is one frame: requests wait until it says "ready", then go
    // to it by id; answers come back by id.
    class Channel {
      constructor(iframe, onResize) {
        this.iframe = iframe;
        this.onResize = onResize;
        this.ready = false;
        this.outbox = [];
        this.pending = new Map(); // id -> {resolve, reject, timer, onProgress}
      }

      analyze(text, options) {
        return new Promise((resolve, reject) => {
          const o = options === undefined || options === null ? {} : options;
          if (typeof o !== "object") {
            throw nutgrafError("bad_request", "Nutgraf: options must be an object");
          }
          if (typeof text !== "string") {
            throw nutgrafError("bad_request", "Nutgraf: the text to analyze must be a string");
          }
          if (utf8Length(text) > MAX_TEXT_BYTES) {
            throw nutgrafError("too_large", "Nutgraf: the text is over the " + (MAX_TEXT_BYTES >> 20) + " MB limit");
          }
          const timeout = o.timeout === undefined ? DEFAULT_TIMEOUT : o.timeout;
          if (!(typeof timeout === "number" && timeout > 0)) {
            throw nutgrafError("bad_request", "Nutgraf: timeout must be a positive number of milliseconds");
          }
          if (o.onProgress !== undefined && typeof o.onProgress !== "function") {
            throw nutgrafError("bad_request", "Nutgraf: onProgress must be a function");
          }
          if (!this.iframe.isConnected) {
            throw nutgrafError("destroyed", "Nutgraf: this widget was destroyed");
          }
          const id = "n" + ++seq;
          const timer = setTimeout(() => {
            this.settle(id, null, nutgrafError("timeout", "Nutgraf: no answer in " + timeout + " ms"));
          }, timeout);
          this.pending.set(id, { resolve, reject, timer, onProgress: o.onProgress });
          this.send({ nutgraf: PROTOCOL, id, type: "analyze", text });
        });
      }

      send(message) {
        if (this.ready) {
          // To Nutgraf's origin only: if the frame were navigated
          // elsewhere, the browser drops the message.
          this.iframe.contentWindow.postMessage(message, origin);
        } else {
          this.outbox.push(message);
        }
      }

      settle(id, value, err) {
        const p = this.pending.get(id);
        if (!p) {
          return;
        }
        this.pending.delete(id);
        clearTimeout(p.timer);
        if (err) {
          p.reject(err);
        } else {
          p.resolve(value);
        }
      }

      receive(msg) {
        if (msg === null || typeof msg !== "object" || msg.nutgraf !== PROTOCOL) {
          return;
        }
        switch (msg.type) {
          case "ready":
            if (this.ready) {
              // The frame loaded again: what it held is lost.
              for (const id of [...this.pending.keys()]) {
                this.settle(id, null, nutgrafError("frame_reloaded", "Nutgraf: the frame reloaded before answering"));
              }
            }
            this.ready = true;
            for (const message of this.outbox.splice(0)) {
              this.send(message);
            }
            break;
          case "resize":
            if (this.onResize && typeof msg.height === "number" && Number.isFinite(msg.height)) {
              this.onResize(msg.height);
            }
            break;
          case "progress": {
            const p = this.pending.get(msg.id);
            if (p && p.onProgress) {
              p.onProgress({ stage: String(msg.stage), done: Number(msg.done), total: Number(msg.total) });
            }
            break;
          }
          case "result": {
            let analysis = null;
            let err = null;
            try {
              analysis = JSON.parse(msg.analysis);
            } catch (e) {
              err = nutgrafError("internal", "Nutgraf: the answer is not an Analysis");
            }
            this.settle(msg.id, analysis, err);
            break;
          }
          case "error":
            this.settle(msg.id, null, nutgrafError(String(msg.code || "internal"), String(msg.message || "the analysis failed")));
            break;
        }
      }

      close() {
        for (const id of [...this.pending.keys()]) {
          this.settle(id, null, nutgrafError("destroyed", "Nutgraf: the widget was destroyed"));
        }
        this.outbox = [];
        channels.delete(this);
      }
    }

    function makeFrame(path, title) {
      const iframe = document.createElement("iframe");
      iframe.src = origin + path;
      iframe.title = title;
      // The host's address is none of Nutgraf's business.
      iframe.referrerPolicy = "no-referrer";
      return iframe;
    }

    // readOptions checks mount's options; a mistake throws, so it shows.
    function readOptions(options) {
      const o = options === undefined || options === null ? {} : options;
      if (typeof o !== "object") {
        throw new TypeError("Nutgraf.mount: options must be an object");
      }
      const height = o.height === undefined ? "auto" : o.height;
      if (height !== "auto" && !(typeof height === "number" && height >= MIN_HEIGHT)) {
        throw new TypeError('Nutgraf.mount: height must be "auto" or a number of pixels, at least ' + MIN_HEIGHT);
      }
      const maxHeight = o.maxHeight === undefined ? DEFAULT_MAX_HEIGHT : o.maxHeight;
      if (!(typeof maxHeight === "number" && maxHeight >= MIN_HEIGHT)) {
        throw new TypeError("Nutgraf.mount: maxHeight must be a number of pixels, at least " + MIN_HEIGHT);
      }
      const title = o.title === undefined ? DEFAULT_TITLE : String(o.title);
      return { height, maxHeight, title };
    }

    // mountAt puts a widget into parent, before the node before (null: at
    // the end).
    function mountAt(parent, before, options) {
      const o = readOptions(options);
      const iframe = makeFrame("/embed", o.title);
      // Set through the style object, which a host's CSP allows, unlike a
      // style attribute.
      iframe.style.display = "block";
      iframe.style.width = "100%";
      iframe.style.border = "0";
      iframe.style.height = (o.height === "auto" ? INITIAL_HEIGHT : o.height) + "px";
      const onResize =
        o.height === "auto"
          ? (h) => {
              iframe.style.height = Math.round(Math.min(o.maxHeight, Math.max(MIN_HEIGHT, h))) + "px";
            }
          : null;
      const ch = new Channel(iframe, onResize);
      channels.add(ch);
      parent.insertBefore(iframe, before);
      return Object.freeze({
        iframe,
        // Analyzes text in the widget, which shows it, and resolves with
        // the Analysis.
        analyze: (text, opts) => ch.analyze(text, opts),
        destroy() {
          ch.close();
          iframe.remove();
        },
      });
    }

    function mount(element, options) {
      if (!(element instanceof Element)) {
        throw new TypeError("Nutgraf.mount: element must be a DOM element");
      }
      return mountAt(element, null, options);
    }

    function analyze(text, options) {
      if (!engine || !engine.iframe.isConnected) {
        if (engine) {
          engine.close(); // the page removed the frame
        }
        const iframe = makeFrame("/embed/api", "Nutgraf engine");
        iframe.hidden = true;
        iframe.tabIndex = -1;
        iframe.setAttribute("aria-hidden", "true");
        engine = new Channel(iframe, null);
        channels.add(engine);
        (document.body || document.documentElement).appendChild(iframe);
      }
      return engine.analyze(text, options);
    }

    return Object.freeze({
      protocol: PROTOCOL,
      origin,
      mount,
      analyze,
      // The widgets that data-nutgraf tags mounted, in the order mounted.
      get mounted() {
        return mounted.slice();
      },
      [MOUNT_TAG](parent, before, options) {
        mounted.push(mountAt(parent, before, options));
      },
    });
  }

  // autoMount mounts a widget for a data-nutgraf tag: into the element
  // data-nutgraf-target names, else right after the tag (in the body, if
  // the tag is in the head).
  function autoMount(api, tag) {
    let options;
    try {
      options = tagOptions(tag);
    } catch (err) {
      console.error("Nutgraf: " + err.message);
      return;
    }
    const place = () => {
      const target = tag.getAttribute("data-nutgraf-target");
      if (target) {
        const el = document.querySelector(target);
        if (!el) {
          console.error("Nutgraf: no element matches data-nutgraf-target " + JSON.stringify(target));
          return;
        }
        api[MOUNT_TAG](el, null, options);
      } else if (tag.parentNode && tag.parentNode !== document.head) {
        api[MOUNT_TAG](tag.parentNode, tag.nextSibling, options);
      } else {
        api[MOUNT_TAG](document.body, null, options);
      }
    };
    // The target may come later in the page than the tag.
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", place, { once: true });
    } else {
      place();
    }
  }

  function tagOptions(tag) {
    const options = {};
    const height = tag.getAttribute("data-height");
    if (height !== null && height !== "auto") {
      options.height = pixels(height, "data-height");
    }
    const maxHeight = tag.getAttribute("data-max-height");
    if (maxHeight !== null) {
      options.maxHeight = pixels(maxHeight, "data-max-height");
    }
    const title = tag.getAttribute("data-title");
    if (title !== null) {
      options.title = title;
    }
    return options;
  }

  function pixels(value, name) {
    const n = Number(value.trim().replace(/px$/, ""));
    if (!Number.isFinite(n) || value.trim() === "") {
      throw new Error(name + ' must be a number of pixels, not "' + value + '"');
    }
    return n;
  }

  // utf8Length counts the bytes of s in UTF-8 (the engine's limit is in
  // bytes), stopping early when s is plainly within or over the limit.
  function utf8Length(s) {
    if (s.length > MAX_TEXT_BYTES || s.length * 3 <= MAX_TEXT_BYTES) {
      return s.length;
    }
    let n = 0;
    for (let i = 0; i < s.length && n <= MAX_TEXT_BYTES; i++) {
      const c = s.charCodeAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }
})();
