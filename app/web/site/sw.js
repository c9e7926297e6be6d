// Keeps Pain Atlas working offline: on install it stores every file of the program in a cache
// named for this build (the accessible pages as they are read), and answers the site's requests
// from it. A new build has a new name (make_site.py writes the file list and the version below),
// so it replaces the old cache.
"use strict";
const kCache = "painatlas-@VERSION@";
const kFiles = @FILES@;

// "no-cache": checked with the server, so a file the page has just downloaded costs a short
// "not modified" answer rather than a second download, and a changed one is never taken stale.
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(kCache)
    .then((cache) => cache.addAll(kFiles.map((file) => new Request(file, { cache: "no-cache" }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys()
    .then((names) => Promise.all(names.filter((name) => name.startsWith("painatlas-") && name !== kCache)
                                      .map((name) => caches.delete(name))))
    .then(() => self.clients.claim()));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  // A deep link (index.html?select=...) is the same page: the query is for the program.
  const ignoreSearch = request.mode === "navigate";
  // The accessible pages (pages/) are many and each is read by few: kept once read, not before.
  const keep = new URL(request.url).pathname.includes("/pages/");
  event.respondWith(caches.open(kCache).then((cache) => cache.match(request, { ignoreSearch })
    .then((cached) => cached || fetch(request).then((response) => {
      if (keep && response.ok) cache.put(request, response.clone());
      return response;
    }))));
});
