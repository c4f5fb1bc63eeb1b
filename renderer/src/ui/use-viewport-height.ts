import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * The window's height less what sits above and below a table: antd's virtual table needs its
 * body height as a number, and the screen must fit 1366×768 without the page scrolling.
 */
export function useTableHeight(reserved: number, minimum = 240): number {
  const height = useSyncExternalStore(subscribe, () => window.innerHeight);
  return Math.max(minimum, height - reserved);
}
