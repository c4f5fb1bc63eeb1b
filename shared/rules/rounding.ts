import type { Hours } from '../contract/index.ts';

/**
 * One decimal, half up (17.45 → 17.5). The product first goes through 12 significant digits
 * so binary noise (17.45 × 10 = 174.49999999999997) cannot turn a half into a "below half".
 */
export function roundHours(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  const tenths = Number((value * 10).toPrecision(12));
  return Math.floor(tenths + 0.5) / 10;
}

export const zeroHours: Hours = { public: 0, professional: 0 };

export function addHours(a: Hours, b: Hours): Hours {
  return {
    public: roundHours(a.public + b.public),
    professional: roundHours(a.professional + b.professional),
  };
}

export function roundEach(hours: Hours): Hours {
  return { public: roundHours(hours.public), professional: roundHours(hours.professional) };
}

export function totalOf(hours: Hours): number {
  return roundHours(hours.public + hours.professional);
}
