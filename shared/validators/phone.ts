import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { appError, err, ok, type Result } from '../errors/result.ts';

/**
 * Mobile and landline numbers of mainland China, checked with libphonenumber's maintained
 * numbering plan (which knows the allocated mobile prefixes and area codes).
 */

function parse(input: string): ReturnType<typeof parsePhoneNumberFromString> {
  return parsePhoneNumberFromString(input.normalize('NFKC').trim(), 'CN');
}

/** Validates a 手机号码 and returns its 11 digits (a +86 prefix and separators are dropped). */
export function validateMobile(input: string): Result<string> {
  const phone = parse(input);
  const type = phone?.isValid() === true ? phone.getType() : undefined;
  if (
    phone === undefined ||
    phone.countryCallingCode !== '86' ||
    (type !== 'MOBILE' && type !== 'FIXED_LINE_OR_MOBILE')
  ) {
    return err(
      appError(
        'validation',
        '手机号码不正确：应为 11 位、以 1 开头的中国大陆手机号，请核对。',
        'not a mainland China mobile number',
      ),
    );
  }
  return ok(phone.nationalNumber);
}

/**
 * Validates a 座机号 with its area code and returns it as `0区号-号码`, e.g. `0591-87522301`.
 * An extension written after `转` or `-` is kept as `转分机`.
 */
export function validateLandline(input: string): Result<string> {
  const [main = '', extension] = input
    .normalize('NFKC')
    .trim()
    .split(/转|ext\.?|#/iu);
  const phone = parse(main);
  const type = phone?.isValid() === true ? phone.getType() : undefined;
  if (
    phone === undefined ||
    phone.countryCallingCode !== '86' ||
    (type !== 'FIXED_LINE' && type !== 'FIXED_LINE_OR_MOBILE')
  ) {
    return err(
      appError(
        'validation',
        '座机号不正确：请填写带区号的固定电话，如 0531-86123456。',
        'not a mainland China landline with area code',
      ),
    );
  }
  const national = phone.formatNational().replace(/\s+/gu, '');
  // Area codes are 3 digits (010, 02x) or 4 digits (0xxx).
  const areaLength = /^0(10|2\d)/u.test(national) ? 3 : 4;
  const formatted = `${national.slice(0, areaLength)}-${national.slice(areaLength)}`;
  const ext = extension?.replace(/\D/gu, '');
  return ok(ext === undefined || ext === '' ? formatted : `${formatted}转${ext}`);
}

export function isValidMobile(input: string): boolean {
  return validateMobile(input).ok;
}

export function isValidLandline(input: string): boolean {
  return validateLandline(input).ok;
}
