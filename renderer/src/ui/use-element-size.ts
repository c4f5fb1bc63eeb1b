import { useEffect, useRef, useState } from 'react';

export interface ElementSize {
  readonly width: number;
  readonly height: number;
}

/**
 * The live inner size of an element, in whole steps of `step` pixels: what a pane fits its content
 * to (the evidence page, the list's columns). A wobble under a step does not re-render.
 */
export function useElementSize<T extends HTMLElement>(fallback: ElementSize, step = 1) {
  const ref = useRef<T>(null);
  const [size, setSize] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const observer = new ResizeObserver(() => {
      const width = Math.floor(element.clientWidth / step) * step;
      const height = Math.floor(element.clientHeight / step) * step;
      setSize((was) => (was.width === width && was.height === height ? was : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [step]);
  return [ref, size] as const;
}
