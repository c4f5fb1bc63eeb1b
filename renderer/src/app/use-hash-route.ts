import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const routeOf = (fallback: string) => window.location.hash.replace(/^#\/?/, '') || fallback;
const go = (next: string) => (window.location.hash = `#/${next}`);

/** The page is kept in the URL hash, so a reload comes back to the same screen. */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  return [useSyncExternalStore(subscribe, () => routeOf(fallback)), go];
}

/**
 * Only the page part of the route (`inbox` of `inbox/claim:…`): the shell re-renders when the
 * page changes, not each time the reviewer moves to the next claim within it.
 */
export function useHashPage(fallback: string): [string, (route: string) => void] {
  const page = useSyncExternalStore(subscribe, () => routeOf(fallback).split('/')[0] ?? fallback);
  return [page, go];
}
