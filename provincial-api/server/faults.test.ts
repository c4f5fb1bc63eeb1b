import { describe, expect, it } from 'vitest';
import { createFaults, isLoopback } from './faults.ts';

describe('createFaults', () => {
  it('draws each injected status in its share when error rates are set', () => {
    const draws = [0.05, 0.15, 0.25, 0.95];
    let i = 0;
    const faults = createFaults(() => draws[i++] ?? 1);
    faults.set({ errorRate: { '500': 0.1, '503': 0.1, '429': 0.1 } });
    expect([
      faults.drawError(),
      faults.drawError(),
      faults.drawError(),
      faults.drawError(),
    ]).toEqual([500, 503, 429, undefined]);
  });

  it('keeps earlier settings when a later call sets other fields, and forgets all when cleared', () => {
    const faults = createFaults(() => 0);
    faults.set({ latencyMs: 50 });
    expect(faults.set({ resetRate: 0.5 })).toMatchObject({ latencyMs: 50, resetRate: 0.5 });
    faults.clear();
    expect(faults.settings().latencyMs).toBe(0);
    expect(faults.drawReset()).toBe(false);
  });
});

describe('isLoopback', () => {
  it('accepts only loopback addresses when asked about a caller', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect([undefined, '10.0.0.2', '192.168.1.5', '::ffff:10.0.0.1'].some(isLoopback)).toBe(false);
  });
});
