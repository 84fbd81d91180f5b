/* Offline reading and search. The build prepends VERSION (a hash of the site's
   search data, scripts and theme), SHELL (paths relative to this file) and OFFLINE
   (the page shown for a page that is neither online nor kept).
   Install: cache the shell. Pages: network first, then the cache. Other files:
   the cache at once, refreshed from the network in the background. */
"use strict";
const CACHE = "archive-" + VERSION;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(SHELL.map((path) => cache.add(new Request(path, { cache: "reload" })).catch(() => null)))
    ).then(() => self.skipWaiting())
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((keys) =>
      Promise.all(keys.filter((k) => k.startsWith("archive-") && k !== CACHE).map((k) => caches.delete(k)))
    ).then(() => self.clients.claim())
  );
});

function networkFirst(request) {
  return caches.open(CACHE).then((cache) =>
    fetch(request).then((response) => {
      if (response.ok) cache.put(request, response.clone());
      return response;
    }).catch(() =>
      cache.match(request, { ignoreSearch: true }).then((hit) => hit || offline(cache, request))
    )
  );
}

/* A page neither online nor kept: send the reader to the offline page at its own
   address (so its styles and links work), saying which page failed. */
function offline(cache, request) {
  return cache.match(OFFLINE).then((hit) => {
    if (!hit || request.mode !== "navigate") return hit || Response.error();
    const target = new URL(OFFLINE, self.registration.scope);
    const from = new URL(request.url);
    target.searchParams.set("from", from.pathname + from.search);
    return Response.redirect(target.href, 302);
  });
}

function staleWhileRevalidate(event) {
  const request = event.request;
  return caches.open(CACHE).then((cache) =>
    cache.match(request, { ignoreSearch: true }).then((hit) => {
      const refresh = fetch(request).then((response) => {
        if (response.ok) cache.put(request, response.clone());
        return response;
      });
      if (hit) {
        event.waitUntil(refresh.catch(() => null));
        return hit;
      }
      return refresh;
    })
  );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  const page = request.mode === "navigate" || (request.headers.get("accept") || "").includes("text/html");
  event.respondWith(page ? networkFirst(request) : staleWhileRevalidate(event));
});
