/** Hours shown with one decimal: 30 → 30.0, so columns line up. */
export function formatHours(hours: number): string {
  return hours.toFixed(1);
}

/** A moment as the reviewer's local date and minute; — when there is none. */
export function formatTime(iso: string | null | undefined): string {
  if (iso === null || iso === undefined || iso === '') return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
