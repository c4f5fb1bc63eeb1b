import { useEffect, useState, type DependencyList } from 'react';
import type { Observable } from 'rxjs';

/**
 * The latest value of a live query from data/, `initial` until the first one arrives. The query
 * is made again when `deps` change, and dropped when the component goes.
 */
export function useObservable<T>(make: () => Observable<T>, deps: DependencyList, initial: T): T {
  const [value, setValue] = useState<T>(initial);
  useEffect(() => {
    const subscription = make().subscribe(setValue);
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller names what the query reads
  }, deps);
  return value;
}
