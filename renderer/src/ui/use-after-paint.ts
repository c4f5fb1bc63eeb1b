import { startTransition, useEffect, useState } from 'react';

/**
 * The value, once the screen showing it has been painted; `initial` until then on the first
 * render. Work that follows from it (counts over 100,000 rows) then starts after the rows are
 * on the screen, instead of in a deferred render that can run before the browser paints.
 */
export function useAfterPaint<T>(value: T, initial: T): T {
  const [shown, setShown] = useState(initial);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setShown(value)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [value]);
  return shown;
}
