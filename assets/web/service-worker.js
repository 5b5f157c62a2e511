// Serves the app from its cache first, so it starts at once, offline or on a
// slow link, after the first visit. The build writes the version (a hash of
// the site's files) below; a new build makes a new worker, which fetches the
// new files in the background and waits: the page offers "Reload" and sends
// "activate" when the person chooses it (or the new version takes over when
// every tab of the old one has closed).
const VERSION = 'unversioned';
const CACHE = 'rapport-' + VERSION;
const FILES = ['./', 'index.html', 'rapport-files.js', 'rapport-page.js', 'rapport.js', 'rapport.wasm',
               'manifest.webmanifest', 'icon.svg', 'icon-192.png', 'icon-512.png', 'user-guide.md'];

// On the first visit the page has already put rapport.wasm (most of the
// bytes) in this cache as it downloaded it (rapport-page.js registers the
// worker after that), so only what is not there yet is fetched. `no-cache`
// asks the server, so a new version is never mixed with the HTTP cache's old
// files.
async function fillCache() {
  const cache = await caches.open(CACHE);
  await Promise.all(FILES.map(async (file) => {
    if (await cache.match(file)) return;
    const response = await fetch(new Request(file, { cache: 'no-cache' }));
    if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
    await cache.put(file, response);
  }));
  // The person's time zone, as the page asks for it (rapport-page.js), so a
  // start from the cache has it too. A zone the site does not have is
  // simply not kept: events are then written in UTC.
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone || '';
  if (!/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return;
  await Promise.all(['zoneinfo/zones.tab', 'zoneinfo/' + zone + '.ics'].map(async (file) => {
    if (await cache.match(file)) return;
    const response = await fetch(new Request(file, { cache: 'no-cache' })).catch(() => null);
    if (response && response.ok) await cache.put(file, response);
  }));
}
self.addEventListener('install', (event) => event.waitUntil(fillCache()));

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key.startsWith('rapport-') && key !== CACHE)
                          .map((key) => caches.delete(key)));
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

// The app's own files from the cache; anything else (a sync server on this
// origin, a file the list does not name) goes to the network untouched.
const scope = new URL(self.registration.scope);
function cachedName(url) {
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.pathname)) return null;
  const name = url.pathname.slice(scope.pathname.length);
  if (name === '' || name === 'index.html') return './';
  // A time zone's definition: fetched by the page once, then kept.
  if (/^zoneinfo\/[A-Za-z0-9_+\/-]+\.(ics|tab)$/.test(name)) return name;
  return FILES.includes(name) ? name : null;
}
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  const name = cachedName(new URL(event.request.url));
  if (!name) return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const hit = await cache.match(name);
    if (hit) return hit;
    const response = await fetch(event.request);
    if (response.ok) cache.put(name, response.clone());
    return response;
  })());
});
