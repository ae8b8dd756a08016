// Nutgraf's service worker: go-app's app-worker.js template
// (Handler.ServiceWorkerTemplate), rewritten so that the site works offline
// after one visit and a new deploy is taken up whole or not at all. It keeps
// go-app's contract: app.js registers /app-worker.js, a changed file is a
// new version, and the new worker's activation while a page is open is how
// go-app tells that page an update is ready (OnAppUpdate).
//
// What differs from go-app's own template, and why:
// - install and activate hold their event open (waitUntil) until the cache is
//   filled or the old caches are gone. Otherwise the browser may count the
//   worker installed, activate it and even stop it while the ~15 MB of the
//   UI, the engine and its models are still downloading: the site would then
//   not work offline, and nothing would try again until the next deploy. A
//   failed download now fails the install, and the browser retries on the
//   next visit.
// - resources are fetched with cache "no-cache": always revalidated with the
//   server, never taken stale from the HTTP cache, so that a new version's
//   cache cannot hold an old app.wasm (on a host that sends max-age).
// - a request is answered from this version's own cache only, never from
//   another version's, so that a page never mixes two deploys.
// - go-app's push-notification handlers are left out: Nutgraf sends none.
"use strict";

const cacheName = "app-" + "{{.Version}}";
const resourcesToCache = {{.ResourcesToCache}};

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(cacheName);
      await cache.addAll(resourcesToCache.map((url) => new Request(url, { cache: "no-cache" })));
      // Only a complete cache takes over from the version before it.
      await self.skipWaiting();
    })()
  );
});

// No clients.claim(): the page of a first visit has loaded everything
// already and stays uncontrolled until it is next loaded, when the cache
// answers it. Claiming it would make go-app's app.js, which takes a worker
// activating while the page has a controller for an update, offer the
// first install as an update. Pages of an older version switch to this
// worker on its activation without it, and that is the update they are
// told of.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keys = await caches.keys();
      await Promise.all(keys.filter((key) => key !== cacheName).map((key) => caches.delete(key)));
    })()
  );
});

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") {
    return; // the site has nothing else; the network answers as it would
  }
  event.respondWith(fromCache(event.request));
});

// fromCache answers from this version's cache, else from the network.
async function fromCache(request) {
  const cache = await caches.open(cacheName);
  const cached = await cache.match(request);
  return cached || fetch(request);
}
