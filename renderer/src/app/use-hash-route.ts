import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The page is kept in the URL hash, so a reload comes back to the same screen. */
export function useHashRoute(fallback: string): [string, (route: string) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const route = hash.replace(/^#\/?/, '') || fallback;
  return [route, (next) => (window.location.hash = `#/${next}`)];
}
