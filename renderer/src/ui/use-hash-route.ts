import { useSyncExternalStore } from 'react';

// The route is kept in the URL hash, so a reload comes back to the same screen. Moves made in the
// app are told to the subscribers at once, not through `hashchange`, which comes a task later;
// moves between claims reach the URL once the reviewer pauses, as each history write took
// several milliseconds of J's budget.
const readHash = () => window.location.hash.replace(/^#\/?/, '');
const pageOf = (route: string) => route.split('/')[0] ?? route;
let current = readHash();
let pendingWrite: ReturnType<typeof setTimeout> | undefined;
const writeDelayMs = 300;
const listeners = new Set<() => void>();
// The last route seen on each page, so the menu brings the reviewer back to the claim they left.
const lastOnPage = new Map<string, string>();
const remember = (route: string) => lastOnPage.set(pageOf(route), route);
remember(current);

window.addEventListener('hashchange', () => {
  // Typed in the address bar, or the browser's Back: the URL wins over a write still waiting.
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  current = readHash();
  remember(current);
  for (const listener of [...listeners]) listener();
});

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function go(next: string): void {
  if (next === current) return;
  current = next;
  remember(next);
  for (const listener of [...listeners]) listener();
  clearTimeout(pendingWrite);
  pendingWrite = undefined;
  const url = `#/${next}`;
  // Another page is a history entry of its own, written at once. Another claim on the same page
  // replaces the entry once the reviewer pauses, so the browser's Back leaves the page rather than
  // walking back through every claim looked at.
  if (pageOf(readHash()) !== pageOf(next)) history.pushState(history.state, '', url);
  else pendingWrite = setTimeout(() => history.replaceState(history.state, '', url), writeDelayMs);
}

/** Back to a page as it was left: `inbox` returns to the claim last shown there. */
export function goToPage(page: string): void {
  go(lastOnPage.get(page) ?? page);
}

/** The route now (`inbox/…`), or `fallback` when none is set. */
export const currentRoute = (fallback: string): string => current || fallback;

export function useHashRoute(fallback: string): [string, (route: string) => void] {
  return [useSyncExternalStore(subscribe, () => current || fallback), go];
}

/**
 * Only the page part of the route (`inbox` of `inbox/claim:…`): the shell re-renders when the
 * page changes, not each time the reviewer moves to the next claim within it.
 */
export function useHashPage(fallback: string): [string, (route: string) => void] {
  const page = useSyncExternalStore(subscribe, () => pageOf(current || fallback));
  return [page, go];
}
