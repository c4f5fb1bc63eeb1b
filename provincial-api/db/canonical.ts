/** Key order fixed, so the same content compares equal however it was written. */
export function canonical(value: unknown): string {
  const sortKeys = (v: unknown): unknown =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, inner]) => [k, sortKeys(inner)]),
        )
      : Array.isArray(v)
        ? v.map(sortKeys)
        : v;
  return JSON.stringify(sortKeys(value));
}
