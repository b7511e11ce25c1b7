// Telerehab's service worker: patients exercise in basements and gyms, so what they need there stays readable without
// a connection. Kept on the device: the patient's today, plan, session and check-in pages (the last copy seen online;
// the network always comes first), the portal's style sheet, script and icons, and the exercise pictures and drawings
// seen once. Every other page holds health data that is never kept (no-store). The kept pages are forgotten at log out
// and when another person logs in on the device (portal.js). What is logged offline waits in portal.js's queue, not
// here.
'use strict';
const MEDIA_CACHE = 'telerehab-exercise-images-v1';
const PAGES_CACHE = 'telerehab-patient-pages-v1';
const KEPT_PAGES = ['/patient', '/patient/plan', '/patient/session', '/patient/checkin'];
const KEPT_FILES = ['/static/portal.css', '/static/portal.js', '/manifest.json', '/static/icons/telerehab-192.png',
  '/static/icons/telerehab-512.png'];

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(PAGES_CACHE).then(function (cache) { return cache.addAll(KEPT_FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  const current = [MEDIA_CACHE, PAGES_CACHE];
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.startsWith('telerehab-') && current.indexOf(n) < 0; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function forgetPages() {
  return caches.open(PAGES_CACHE).then(function (cache) {
    return Promise.all(KEPT_PAGES.map(function (page) { return cache.delete(page); }));
  });
}

self.addEventListener('message', function (event) {
  if (event.data === 'forget-pages') {
    event.waitUntil(forgetPages());
  }
});

// The network first; when it fails, the copy kept last time (if any).
function networkFirst(request, cacheName, keep) {
  return fetch(request).then(function (response) {
    if (keep(response)) {
      const copy = response.clone();
      caches.open(cacheName).then(function (cache) { cache.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreSearch: cacheName === PAGES_CACHE }).then(function (kept) {
      return kept || Response.error();
    });
  });
}

self.addEventListener('fetch', function (event) {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) {
    return;
  }
  if (url.pathname === '/logout') {
    event.respondWith(forgetPages().then(function () { return fetch(request); }));
    return;
  }
  if (request.mode === 'navigate' && KEPT_PAGES.indexOf(url.pathname) >= 0) {
    // only a page answered to a logged-in patient (a login redirect is not one)
    event.respondWith(networkFirst(request, PAGES_CACHE, function (r) {
      return r.status === 200 && !r.redirected;
    }));
    return;
  }
  if (KEPT_FILES.indexOf(url.pathname) >= 0) {
    event.respondWith(networkFirst(request, PAGES_CACHE, function (r) { return r.status === 200; }));
    return;
  }
  // an image of /media (its bytes never change under one address)
  if (url.pathname.startsWith('/media/') && request.destination === 'image' && !request.headers.has('Range')) {
    event.respondWith(networkFirst(request, MEDIA_CACHE, function (r) { return r.status === 200; }));
  }
});
