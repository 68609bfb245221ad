// Statex service worker: cache-first for immutable static assets only; pages and /api always
// come from the network, with an offline page when the network is gone.
const VERSION = 'statex-v1';
const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl', 'cs', 'pl', 'ru', 'ar'];
const OFFLINE = LOCALES.map((l) => `/${l}/offline`);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((cache) => cache.addAll([...OFFLINE, '/icon.svg'])).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== VERSION).map((k) => caches.delete(k)))).then(() => self.clients.claim()),
  );
});

const isStaticAsset = (url) => url.pathname.startsWith('/_next/static/') || /^\/(icon[\w-]*\.(svg|png)|manifest\.webmanifest)$/.test(url.pathname);

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (isStaticAsset(url)) {
    event.respondWith(
      caches.open(VERSION).then(async (cache) => {
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) cache.put(request, response.clone());
        return response;
      }),
    );
    return;
  }
  if (request.mode === 'navigate') {
    const locale = LOCALES.find((l) => url.pathname === `/${l}` || url.pathname.startsWith(`/${l}/`)) ?? 'en';
    event.respondWith(fetch(request).catch(async () => (await caches.match(`/${locale}/offline`)) ?? Response.error()));
  }
});
