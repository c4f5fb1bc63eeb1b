import type { Hours } from '../contract/index.ts';

/**
 * Binary noise on a written half: 17.45 × 10 is 174.49999999999997. Hours stay below 10^5, where
 * that noise is below 10^-10, so a nudge of 10^-7 restores the half and moves nothing else that
 * anyone writes with fewer than seven decimals.
 */
const halfNudge = 1e-7;

/** One decimal, half up (17.45 → 17.5); negative and non-finite values are 0. */
export function roundHours(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 0;
  return Math.floor(value * 10 + 0.5 + halfNudge) / 10;
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
