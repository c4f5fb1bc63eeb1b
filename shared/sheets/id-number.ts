/**
 * 身份证号 checks (GB 11643-1999). The validators module of shared/validators replaces this once it
 * lands; the sheets only need "valid or a Chinese reason" and the masked form.
 */
const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const checkChars = '10X98765432';

/** Upper-cases the check letter and drops surrounding spaces, as people type them. */
export function normalizeIdNumber(raw: string): string {
  return raw.trim().replace(/\s+/g, '').toUpperCase();
}

/** Returns a Chinese reason when the number is not a valid 18-digit 身份证号, else undefined. */
export function idNumberProblem(idNumber: string): string | undefined {
  if (!/^\d{17}[\dX]$/.test(idNumber))
    return '身份证号应为 18 位（前 17 位为数字，末位为数字或 X）';
  const year = Number(idNumber.slice(6, 10));
  const month = Number(idNumber.slice(10, 12));
  const day = Number(idNumber.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  const isRealDate =
    birth.getUTCFullYear() === year &&
    birth.getUTCMonth() === month - 1 &&
    birth.getUTCDate() === day;
  if (year < 1900 || !isRealDate) return '身份证号中的出生日期不存在，请核对';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(idNumber[i]) * (weights[i] ?? 0);
  if (checkChars[sum % 11] !== idNumber[17]) return '身份证号校验位不正确，请核对是否抄错';
  return undefined;
}

/** 370602********1234: region code and last four stay, the birth date and sequence are hidden. */
export function maskIdNumber(idNumber: string): string {
  if (idNumber.length < 10) return '*'.repeat(idNumber.length);
  return `${idNumber.slice(0, 6)}${'*'.repeat(idNumber.length - 10)}${idNumber.slice(-4)}`;
}
