import type { DeviceSettings } from '@iep/shared';

/**
 * What this browser keeps for offline work, per person (README: "Offline work"):
 * - each opened section's document, in an IndexedDB database named `iep-doc/<userId>/<sectionId>`;
 * - the app shell and the API answers the person read, in Cache Storage (the service worker's
 *   `iep-shell-*` and `iep-api` caches; the latter names its one owner).
 * Signing out deletes the person's documents and the API answers; OFFLINE_STORAGE=false on the
 * server deletes everything and stops the service worker.
 */
const DOC_PREFIX = 'iep-doc/';
const API_CACHE = 'iep-api';
const CACHE_PREFIX = 'iep-';

let settings: DeviceSettings = { offlineStorage: false };

/** The district's setting as the last "who am I" answer (or the service worker's copy of it) said. */
export function offlineStorageEnabled(): boolean {
  return settings.offlineStorage && typeof indexedDB !== 'undefined';
}

/** The IndexedDB database holding this person's copy of the section's document. */
export function deviceDocName(userId: string, sectionId: string): string {
  return `${DOC_PREFIX}${userId}/${sectionId}`;
}

/** Follows the server's setting: registers the service worker, or removes everything stored. */
export function applyDeviceSettings(next: DeviceSettings): void {
  settings = next;
  if (next.offlineStorage) void registerServiceWorker();
  else void deleteEverything();
}

async function registerServiceWorker(): Promise<void> {
  // Only the built app has /sw.js (the dev server serves modules straight from the sources).
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  try {
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
  } catch {
    // No service worker (a private window, a blocked origin): the app works, only not offline.
  }
}

async function deleteDatabases(prefix: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.all(
    databases.flatMap(({ name }) => (name !== undefined && name.startsWith(prefix) ? [deleteDatabase(name)] : [])),
  );
}

/** Resolves once deleted (an open copy is closed by its page first: the request waits for that). */
function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
  });
}

async function deleteApiAnswers(): Promise<void> {
  // The worker first, so an answer it is fetching right now is not stored after the delete.
  navigator.serviceWorker?.controller?.postMessage({ type: 'iep:clear' });
  if (typeof caches !== 'undefined') await caches.delete(API_CACHE);
}

/** Signing out: the person's documents and every kept API answer leave the device. */
export async function deleteDeviceDataOf(userId: string): Promise<void> {
  await Promise.all([deleteDatabases(`${DOC_PREFIX}${userId}/`), deleteApiAnswers()]);
}

/** The district turned offline storage off: nothing of anybody stays, and the worker goes. */
async function deleteEverything(): Promise<void> {
  if ('serviceWorker' in navigator) {
    const registrations = await navigator.serviceWorker.getRegistrations();
    await Promise.all(registrations.map((r) => r.unregister()));
  }
  await deleteApiAnswers();
  if (typeof caches !== 'undefined') {
    const keys = await caches.keys();
    await Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX)).map((k) => caches.delete(k)));
  }
  await deleteDatabases(DOC_PREFIX);
}
