import { validateIdNumber } from '../validators/index.ts';

/** A Chinese reason when the number is not a valid 18-digit 身份证号, else undefined. */
export function idNumberProblem(idNumber: string): string | undefined {
  const result = validateIdNumber(idNumber);
  return result.ok ? undefined : result.error.message;
}
