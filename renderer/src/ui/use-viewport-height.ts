import { useSyncExternalStore } from 'react';

/** The shell's page area: the window less its header and any notice shown above the page. */
const pageArea = () => document.querySelector('main');

function subscribe(onChange: () => void): () => void {
  const observer = new ResizeObserver(onChange);
  const main = pageArea();
  if (main !== null) observer.observe(main);
  window.addEventListener('resize', onChange);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', onChange);
  };
}

/**
 * The page area's height less what sits above and below a table in it (the page's padding
 * included): antd's virtual table needs its body height as a number, and the screen must fit
 * 1366×768 without the page scrolling. Measured on the page area rather than the window, so a
 * notice above the page (the calendar's, the key protection's) shortens the table instead of
 * pushing its last rows out of sight.
 */
export function useTableHeight(reserved: number, minimum = 240): number {
  const height = useSyncExternalStore(
    subscribe,
    () => pageArea()?.clientHeight ?? window.innerHeight,
  );
  return Math.max(minimum, height - reserved);
}
