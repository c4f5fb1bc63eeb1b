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

/** An estimate of the time left, rounded as a person would say it: 约 40 秒, 约 3 分钟. */
export function formatSecondsLeft(seconds: number): string {
  if (seconds < 60) return `约 ${Math.max(1, Math.round(seconds))} 秒`;
  if (seconds < 3600) return `约 ${Math.ceil(seconds / 60)} 分钟`;
  return `约 ${Math.floor(seconds / 3600)} 小时 ${Math.ceil((seconds % 3600) / 60)} 分钟`;
}

/** A count with thousands separators, as Chinese screens write them: 12,345. */
export function formatCount(count: number): string {
  return counts.format(count);
}

// One formatter for every count: toLocaleString would build one per call.
const counts = new Intl.NumberFormat('zh-CN');

/** A size in bytes as a person reads it: 980 KB, 85.3 MB, 2 GB. */
export function formatBytes(bytes: number): string {
  const units = [
    [1024 ** 3, 'GB'],
    [1024 ** 2, 'MB'],
  ] as const;
  for (const [size, unit] of units) {
    if (bytes >= size) return `${String(Math.round((bytes / size) * 10) / 10)} ${unit}`;
  }
  return `${String(Math.ceil(bytes / 1024))} KB`;
}
