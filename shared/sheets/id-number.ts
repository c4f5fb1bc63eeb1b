import { maskIdNumber as maskValid, validateIdNumber } from '../validators/index.ts';

/** The sheets' view of shared/validators: normalised text, or a Chinese reason. */

/** Upper-cases the check letter, folds full-width digits and drops spaces, as people type them. */
export function normalizeIdNumber(raw: string): string {
  return raw.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}

/** A Chinese reason when the number is not a valid 18-digit 身份证号, else undefined. */
export function idNumberProblem(idNumber: string): string | undefined {
  const result = validateIdNumber(idNumber);
  return result.ok ? undefined : result.error.message;
}

/** 370602********1234: region code and last four stay; birth date and sequence are hidden. */
export function maskIdNumber(idNumber: string): string {
  // A stored number is valid; anything else is hidden whole rather than shown half.
  return idNumber.length === 18 ? maskValid(idNumber) : '*'.repeat(idNumber.length);
}
