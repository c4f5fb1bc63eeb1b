/**
 * Log lines and diagnostics leave the reviewer's machine in a support e-mail, so every
 * 身份证号 and phone number is replaced before it is written anywhere. The patterns follow the
 * shape, not the check digit: a mistyped number is as personal as a valid one. They need
 * digit boundaries, so dates, times, hours, counts and timestamps are never touched.
 */
export const redactedIdNumber = '[身份证号]';
export const redactedPhone = '[电话]';

// Full-width digits are how some input methods type numbers; NFKC is not applied to the whole
// line because it would change the Chinese punctuation around them.
const d = '[0-9０-９]';
const notDigitBefore = '(?<![0-9０-９])';
const notDigitAfter = '(?![0-9０-９])';
const sep = '[ -]?';

const idNumber = new RegExp(
  [
    // 18 characters: region (6), birth date (8), sequence (3), check digit or X; often typed in
    // groups of 6-8-4.
    `${d}{6}${sep}${d}{8}${sep}${d}{3}[0-9０-９XxＸｘ]`,
    // The old 15-digit number: region (6, never starting with 0), yymmdd, sequence (3).
    `[1-9１-９]${d}{14}`,
  ]
    .map((body) => `${notDigitBefore}${body}${notDigitAfter}`)
    .join('|'),
  'gu',
);

const phone = new RegExp(
  [
    // Mobile: 1[3-9] and nine more digits, in groups of 3-4-4 or not, +86 or 0086 before it.
    `(?:(?:\\+|00)86[ -]?)?1[3-9３-９]${d}${sep}${d}{4}${sep}${d}{4}`,
    // Landline with its area code set apart: 0531-86123456, (010)12345678, 0591 8752 2301.
    `(?:\\(0${d}{2,3}\\)|0${d}{2,3}[ -])${d}{3,4}${sep}${d}{4}`,
  ]
    .map((body) => `${notDigitBefore}${body}${notDigitAfter}`)
    .join('|'),
  'gu',
);

export function redactPersonalData(text: string): string {
  return text.replace(idNumber, redactedIdNumber).replace(phone, redactedPhone);
}
