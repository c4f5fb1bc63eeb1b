import { appError, err, ok, type Result } from '../errors/result.ts';

/**
 * 统一社会信用代码 (GB 32100-2015): the one implementation, used by the validators and the
 * seeder. The registering authority may be a letter (A, N, Y: 军队, 农业, 其他), and the check
 * character is `alphabet[(31 - sum % 31) % 31]`, so a sum that is a multiple of 31 gives '0'
 * (libraries that drop the outer `% 31` refuse such real codes).
 */

/** The 31 characters GB 32100 allows: digits and capitals without I, O, S, V, Z. */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = alphabet.indexOf(first17[i] ?? '');
    if (value < 0)
      throw new Error(`Assertion failed: "${first17}" has a character outside GB 32100`);
    sum += value * (weights[i] ?? 0);
  }
  return alphabet[(31 - (sum % 31)) % 31] ?? '';
}

const invalid = (zh: string, en: string): Result<string> =>
  err(appError('validation', `统一社会信用代码${zh}`, en));

/** Checks a 统一社会信用代码 and returns it normalised (upper case, no spaces or dashes). */
export function validateCreditCode(input: string): Result<string> {
  const value = input
    .normalize('NFKC')
    .replace(/[\s-]+/gu, '')
    .toUpperCase();
  if (value.length !== 18) {
    return invalid(
      `应为 18 位，现为 ${String(value.length)} 位，请核对。`,
      `expected 18 characters, got ${String(value.length)}`,
    );
  }
  // 1: registering authority (1–9, A, N, Y); 2: entity type; 3–8: region code; 9–17: organisation code.
  if (!/^[1-9ANY]\d{7}[0-9A-HJ-NP-RTUW-Y]{10}$/u.test(value)) {
    return invalid(
      '格式不正确：第 1 位为登记管理部门代码，第 2 至 8 位为数字，其余只能是数字或大写字母（不含 I、O、S、V、Z），请核对。',
      'invalid format',
    );
  }
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) {
    return invalid('校验位不正确，可能有字符录错，请逐位核对。', 'check character does not match');
  }
  return ok(value);
}

export function isValidCreditCode(input: string): boolean {
  return validateCreditCode(input).ok;
}
