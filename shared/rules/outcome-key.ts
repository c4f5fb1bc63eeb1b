/**
 * The same outcome is the same kind and the same title once trimmed, full-width folded to
 * half-width (NFKC), case-folded and stripped of every space: “ＡＩ 诊断” and “ai诊断” meet.
 */
export function normaliseTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

export function outcomeKey(outcomeKind: string, title: string): string {
  return `${outcomeKind}\u0000${normaliseTitle(title)}`;
}
