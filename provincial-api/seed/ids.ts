/** Generators of valid identity numbers for demo data (the validators live in shared/). */

const idWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const idCheckChars = '10X98765432';

/** GB 11643 check character of the first 17 digits. */
export function idNumberCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (idWeights[i] ?? 0);
  return idCheckChars[sum % 11] ?? '';
}

/** 身份证号 from a 6-digit region code, a YYYYMMDD birth date and a 3-digit sequence (odd: male). */
export function makeIdNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheck(first17);
}

const creditChars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const creditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** GB 32100 check character of the first 17 characters. */
export function creditCodeCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++)
    sum += creditChars.indexOf(first17[i] ?? '') * (creditWeights[i] ?? 0);
  return creditChars[(31 - (sum % 31)) % 31] ?? '';
}

/**
 * 统一社会信用代码: registration authority + kind (`12` 事业单位 of 机构编制, `91` 企业 of 市场监管),
 * the 6-digit region, a 9-character organisation code (with its own GB 11714 check) and the check.
 */
export function makeCreditCode(kind: '12' | '91', region: string, organisation: number): string {
  const body = String(organisation).padStart(8, '0').slice(-8);
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  const orgCheck = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  const first17 = `${kind}${region}${body}${orgCheck}`;
  return first17 + creditCodeCheck(first17);
}
