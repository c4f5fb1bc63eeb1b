import { useEffect, useState } from 'react';

/**
 * The result of an async load tied to a key; undefined while the key's value is still loading.
 * A stale answer (the key changed meanwhile) is dropped.
 */
export function useAsyncValue<T>(key: string, load: () => Promise<T>): T | undefined {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((value) => {
      if (live) setState({ key, value });
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names everything the load reads
  }, [key]);
  return state?.key === key ? state.value : undefined;
}
