import { validateLandline, validateMobile } from '../validators/index.ts';

/** The sheets' view of shared/validators' phone checks: normalised text, or a Chinese reason. */

/** The 11 digits of a valid mobile (a +86 prefix and separators dropped), else the text as typed. */
export function normalizeMobile(raw: string): string {
  const result = validateMobile(raw);
  return result.ok ? result.value : raw.trim();
}

export function mobileProblem(mobile: string): string | undefined {
  const result = validateMobile(mobile);
  return result.ok ? undefined : result.error.message;
}

/** `0区号-号码` of a valid landline, else the text as typed. */
export function normalizeLandline(raw: string): string {
  const result = validateLandline(raw);
  return result.ok ? result.value : raw.trim();
}

/** A landline with its area code; a mobile is accepted too, as many managers have no desk phone. */
export function landlineProblem(landline: string): string | undefined {
  if (validateMobile(landline).ok) return undefined;
  const result = validateLandline(landline);
  return result.ok ? undefined : result.error.message;
}
