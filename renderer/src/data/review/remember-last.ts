/**
 * The last answer of one computation, for the same list (by identity) and the same key: coming
 * back to the inbox with the same filter shows the same rows and counts at once instead of
 * filtering 100,000 rows again. One answer only, so it holds no more than the screen does.
 */
export function rememberLast<T>() {
  let last: { items: unknown; key: string; value: T } | undefined;
  return {
    get(items: unknown, key: string): T | undefined {
      const kept = last;
      return kept !== undefined && kept.items === items && kept.key === key
        ? kept.value
        : undefined;
    },
    set(items: unknown, key: string, value: T): void {
      last = { items, key, value };
    },
  };
}
