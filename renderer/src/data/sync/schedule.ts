/** End-of-day sync time, "HH:mm", and how far a unit's start is spread after it. */
export interface EndOfDaySetting {
  readonly enabled: boolean;
  readonly time: string;
  readonly jitterMinutes: number;
}

export const defaultEndOfDay: EndOfDaySetting = { enabled: true, time: '17:30', jitterMinutes: 15 };

export function isValidTime(time: string): boolean {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match !== null;
}

/**
 * The next moment to sync on its own: today's time (or tomorrow's, once passed) plus a random
 * delay, so a province's units do not all arrive at the same minute.
 */
export function nextSyncAt(
  now: Date,
  setting: EndOfDaySetting,
  random: () => number = Math.random,
): Date | null {
  if (!setting.enabled || !isValidTime(setting.time)) return null;
  const [hours, minutes] = setting.time.split(':').map(Number) as [number, number];
  const at = new Date(now);
  at.setHours(hours, minutes, 0, 0);
  at.setTime(at.getTime() + Math.floor(random() * setting.jitterMinutes * 60_000));
  if (at.getTime() <= now.getTime()) at.setDate(at.getDate() + 1);
  return at;
}
