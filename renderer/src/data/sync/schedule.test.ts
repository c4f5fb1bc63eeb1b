import { describe, expect, it } from 'vitest';
import { nextSyncAt } from './schedule.ts';

const setting = { enabled: true, time: '17:30', jitterMinutes: 15 };

describe('nextSyncAt', () => {
  it('picks today at the set time plus jitter when the time is still ahead', () => {
    const now = new Date(2026, 10, 21, 9, 0);
    const at = nextSyncAt(now, setting, () => 0.5);
    expect(at).toEqual(new Date(2026, 10, 21, 17, 37, 30));
  });

  it('moves to tomorrow when today’s time has passed', () => {
    const now = new Date(2026, 10, 21, 18, 0);
    expect(nextSyncAt(now, setting, () => 0)).toEqual(new Date(2026, 10, 22, 17, 30));
  });

  it('spreads units over the jitter window and never before the set time', () => {
    const now = new Date(2026, 10, 21, 8, 0);
    for (const r of [0, 0.25, 0.999]) {
      const at = nextSyncAt(now, setting, () => r);
      expect(at?.getTime()).toBeGreaterThanOrEqual(new Date(2026, 10, 21, 17, 30).getTime());
      expect(at?.getTime()).toBeLessThan(new Date(2026, 10, 21, 17, 45).getTime());
    }
  });

  it('plans nothing when switched off or the time is malformed', () => {
    expect(nextSyncAt(new Date(), { ...setting, enabled: false })).toBeNull();
    expect(nextSyncAt(new Date(), { ...setting, time: '25:99' })).toBeNull();
  });
});
