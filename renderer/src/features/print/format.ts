/** Hours as the sheets print them: one decimal only when there is one (12, 12.5). */
export function hoursText(hours: number): string {
  return String(Math.round(hours * 10) / 10);
}

/** `2026-11-30` → `2026年11月30日`, as a dated Chinese document reads. */
export function chineseDate(isoDate: string): string {
  return `${isoDate.slice(0, 4)}年${Number(isoDate.slice(5, 7))}月${Number(isoDate.slice(8, 10))}日`;
}
