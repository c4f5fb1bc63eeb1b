/**
 * The key of a keystroke meant for the inbox's shortcuts, lower-cased; null when a modifier is
 * held or the reviewer is typing in a field (the reason, the hours, a filter).
 */
export function plainKey(event: KeyboardEvent): string | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const target = event.target as HTMLElement | null;
  if (target !== null && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return null;
  return event.key.toLowerCase();
}
