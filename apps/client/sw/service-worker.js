// @ts-check
/// <reference lib="webworker" />
/*
 * The app's service worker (issue 18), registered only when the server's OFFLINE_STORAGE is on.
 * vite.config.ts builds it into dist/sw.js, prepending `const PRECACHE = [...]` (every file of
 * the build) and `const VERSION = '...'` (a hash of that list).
 *
 * - The app shell (index.html and the build's files) is cached at install, so the app loads offline.
 * - API answers (GET /api/...) are fetched from the network first and kept, so the pages the person
 *   opened render offline. They are kept for ONE person: when "who am I" answers with somebody else
 *   (or with nobody), everything kept is deleted first. Signing out deletes them too (the page asks).
 * - Nothing else: writes, the document socket and socket.io never pass through the cache.
 */

/* global PRECACHE, VERSION */
/** @type {ServiceWorkerGlobalScope} */
// eslint-disable-next-line no-undef
const sw = /** @type {any} */ (self);

const SHELL_CACHE = `iep-shell-${VERSION}`;
const API_CACHE = 'iep-api';
/** A synthetic entry of the API cache naming the person its answers belong to. */
const OWNER_KEY = '/__iep/owner';
/** API answers older than this are not served offline (and are deleted when met). */
const API_MAX_AGE_MS = 14 * 24 * 3600 * 1000;
const STORED_AT = 'x-iep-stored-at';
/** Bumped when the page signs out: an answer fetched before that is not stored after it. */
let generation = 0;
/** The check of the latest "who am I" answer: answers wait for it before they are stored. */
let ownerCheck = Promise.resolve();

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL_CACHE)
      .then((cache) => cache.addAll(['/index.html', ...PRECACHE]))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(keys.filter((k) => k.startsWith('iep-shell-') && k !== SHELL_CACHE).map((k) => caches.delete(k))),
      )
      .then(() => sw.clients.claim()),
  );
});

sw.addEventListener('message', (event) => {
  // The page signed out (or the district turned offline storage off): forget every API answer.
  if (event.data && event.data.type === 'iep:clear') {
    generation += 1;
    event.waitUntil(caches.delete(API_CACHE));
  }
});

sw.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  if (/^\/(collab|socket\.io)(\/|$)/.test(url.pathname)) return;
  if (url.pathname.startsWith('/api/')) {
    // OpenAPI documents and downloads (PDF, exports) are not for offline use.
    if (url.pathname.startsWith('/api/docs') || /\.(pdf|csv|zip)$/.test(url.pathname)) return;
    event.respondWith(apiFirstNetwork(request, url));
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => cachedShell()));
    return;
  }
  event.respondWith(
    caches.match(request).then((hit) => {
      if (hit) return hit;
      return fetch(request).then((response) => {
        if (response.ok && url.pathname.startsWith('/assets/')) {
          const copy = response.clone();
          void caches.open(SHELL_CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      });
    }),
  );
});

async function cachedShell() {
  const hit = await caches.match('/index.html');
  return hit ?? Response.error();
}

/** @param {Request} request @param {URL} url */
async function apiFirstNetwork(request, url) {
  let started = generation;
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    // A request that asks for the server's answer of now (X-IEP-Fresh) gets no kept one.
    const kept = request.headers.get('x-iep-fresh') === '1' ? undefined : await keptAnswer(request);
    if (kept) return kept;
    throw error;
  }
  if (url.pathname === '/api/auth/me') {
    ownerCheck = followOwner(response.clone());
    await ownerCheck;
    started = generation;
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.ok && type.includes('application/json') && started === generation) {
    const body = await response.clone().arrayBuffer();
    const headers = new Headers(response.headers);
    headers.set(STORED_AT, String(Date.now()));
    await ownerCheck;
    const cache = await caches.open(API_CACHE);
    // Kept only for a signed-in person (named by "who am I"), and not across a sign-out.
    const owned = (await cache.match(OWNER_KEY)) !== undefined;
    if (owned && started === generation)
      await cache.put(request, new Response(body, { status: response.status, headers }));
  }
  return response;
}

/** The kept answer to `request`, when there is one and it is recent enough. @param {Request} request */
async function keptAnswer(request) {
  const cache = await caches.open(API_CACHE);
  const hit = await cache.match(request);
  if (!hit) return undefined;
  const storedAt = Number(hit.headers.get(STORED_AT) ?? '0');
  if (Date.now() - storedAt > API_MAX_AGE_MS) {
    await cache.delete(request);
    return undefined;
  }
  return hit;
}

/**
 * The kept answers belong to the person "who am I" last named: another person (or nobody, 401)
 * deletes them before anything of the new session is kept.
 * @param {Response} response
 */
async function followOwner(response) {
  let owner = '';
  if (response.ok) {
    try {
      const body = await response.json();
      owner = body && body.user && typeof body.user.id === 'string' ? body.user.id : '';
      if (body && body.device && body.device.offlineStorage === false) owner = '';
    } catch {
      owner = '';
    }
  } else if (response.status !== 401) {
    return;
  }
  const cache = await caches.open(API_CACHE);
  const current = await cache.match(OWNER_KEY);
  const previous = current ? await current.text() : '';
  if (previous === owner && owner !== '') return;
  // Somebody else, or nobody: nothing kept stays (answers stored during a sign-out included).
  await caches.delete(API_CACHE);
  if (owner === '') return;
  await (await caches.open(API_CACHE)).put(OWNER_KEY, new Response(owner));
  // Answers that arrived before the owner was known (a page's reads racing its "who am I" after a
  // sign-in) were not kept: the pages fetch them again, and now they are.
  for (const client of await sw.clients.matchAll({ type: 'window' })) client.postMessage({ type: 'iep:owner' });
}
