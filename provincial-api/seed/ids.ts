import { creditCodeCheckChar, idNumberCheckDigit } from '../../shared/validators/index.ts';

/** Valid identity numbers for demo data; the check characters come from shared/validators. */

/** 身份证号 from a 6-digit region code, a YYYYMMDD birth date and a 3-digit sequence (odd: male). */
export function makeIdNumber(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + idNumberCheckDigit(first17);
}

/** GB 11714 check character of an 8-digit organisation code body (MOD 11, 10 → X, 11 → 0). */
function organisationCheckChar(body: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(body[i]) * (weights[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * 统一社会信用代码: registration authority + kind (`12` 事业单位 of 机构编制, `91` 企业 of 市场监管),
 * the 6-digit region, a 9-character organisation code (with its own GB 11714 check) and the check.
 */
export function makeCreditCode(kind: '12' | '91', region: string, organisation: number): string {
  const body = String(organisation).padStart(8, '0').slice(-8);
  const first17 = `${kind}${region}${body}${organisationCheckChar(body)}`;
  return first17 + creditCodeCheckChar(first17);
}
