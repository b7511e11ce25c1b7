// Telerehab's service worker: exercise pictures and drawings a patient has seen stay readable without a connection
// (patients exercise in basements and gyms). Only those: pages hold health data and are never kept (no-store).
'use strict';
const MEDIA_CACHE = 'telerehab-exercise-images-v1';

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.startsWith('telerehab-exercise-images-') && n !== MEDIA_CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('fetch', function (event) {
  const request = event.request;
  const url = new URL(request.url);
  // an image of /media (its bytes never change under one address): the network first, the kept copy when offline
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith('/media/')
      || request.destination !== 'image' || request.headers.has('Range')) {
    return;
  }
  event.respondWith(fetch(request).then(function (response) {
    if (response.status === 200) {
      const copy = response.clone();
      caches.open(MEDIA_CACHE).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request).then(function (kept) {
      return kept || Response.error();
    });
  }));
});
