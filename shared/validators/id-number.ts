import { chinaDate } from '../calendar/china-time.ts';
import { isIsoDate } from '../calendar/iso-date.ts';
import { appError, err, ok, type Result } from '../errors/result.ts';

/**
 * 身份证号 (GB 11643-1999): a 6-digit region, the birth date `YYYYMMDD`, a 3-digit sequence (odd
 * for men), then a check character over ISO 7064 MOD 11-2. The one implementation: the
 * validators, the seeder and the tests' generated people all take the check from here.
 */

const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkChars = '10X98765432';

/** The 18th character for the first 17 digits. */
export function idNumberCheckDigit(first17: string): string {
  if (!/^\d{17}$/u.test(first17))
    throw new Error(`Assertion failed: 17 digits expected, got "${first17}"`);
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += Number(first17[i]) * (weights[i] ?? 0);
  return checkChars[sum % 11] ?? '';
}

/** Folds full-width digits and Ｘ to ASCII, upper-cases x and drops spaces, as people type them. */
export function normalizeIdNumber(input: string): string {
  return input.normalize('NFKC').replace(/\s+/gu, '').toUpperCase();
}

const invalid = (zh: string, en: string): Result<string> =>
  err(appError('validation', `身份证号${zh}`, en));

/**
 * Checks a 身份证号 and returns it normalised (upper-case X). Length, format, birth date and
 * check digit are checked in that order, so each failure gets its own Chinese message; a birth
 * date is real when it exists and is not after today in China.
 */
export function validateIdNumber(input: string): Result<string> {
  const value = normalizeIdNumber(input);
  if (value.length === 15) {
    return invalid(
      '是 15 位旧号码，请填写 18 位身份证号。',
      'old 15-digit number; 18 characters required',
    );
  }
  if (value.length !== 18) {
    return invalid(
      `应为 18 位，现为 ${String(value.length)} 位，请核对。`,
      `expected 18 characters, got ${String(value.length)}`,
    );
  }
  if (!/^\d{17}[\dX]$/u.test(value)) {
    return invalid(
      '格式不正确：只能由 17 位数字和最后一位数字或 X 组成，请核对。',
      'invalid format',
    );
  }
  const birthDate = birthDateOfIdNumber(value);
  if (!isIsoDate(birthDate) || birthDate > chinaDate(new Date())) {
    return invalid(
      `中的出生日期 ${value.slice(6, 14)} 不是真实日期，请核对第 7 至 14 位。`,
      'birth date is not a real past date',
    );
  }
  const birthYear = Number(value.slice(6, 10));
  if (birthYear < 1900) {
    return invalid(
      `中的出生年份 ${String(birthYear)} 不合理，请核对第 7 至 10 位。`,
      'birth year before 1900',
    );
  }
  if (idNumberCheckDigit(value.slice(0, 17)) !== value[17]) {
    return invalid('校验位不正确，可能有数字录错，请逐位核对。', 'check digit does not match');
  }
  return ok(value);
}

export function isValidIdNumber(input: string): boolean {
  return validateIdNumber(input).ok;
}

/** The birth date a valid number carries, `YYYY-MM-DD`. */
export function birthDateOfIdNumber(idNumber: string): string {
  return `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
}

/** GB 11643: the 17th digit is odd for men, even for women. */
export function genderOfIdNumber(idNumber: string): '男' | '女' {
  return Number(idNumber[16]) % 2 === 1 ? '男' : '女';
}

/**
 * 370602********1234: the region and the last four stay, as lists that leave the unit usually
 * show it; birth date and sequence are hidden. Anything that is not 18 characters (an old
 * 15-digit number, a typo) is hidden whole: masking must never show more than it hides.
 */
export function maskIdNumber(idNumber: string): string {
  return idNumber.length === 18
    ? `${idNumber.slice(0, 6)}********${idNumber.slice(14)}`
    : '*'.repeat(idNumber.length);
}
