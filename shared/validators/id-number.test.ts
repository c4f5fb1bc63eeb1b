import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDateOfIdNumber,
  genderOfIdNumber,
  idNumberCheckDigit,
  maskIdNumber,
  validateIdNumber,
} from './id-number.ts';

describe('validateIdNumber', () => {
  it.each(['11010519491231002X', '360426199101010071', '120103198806018241', '370102198001010015'])(
    'accepts %s when the check digit and birth date are right',
    (id) => {
      expect(validateIdNumber(id)).toEqual({ ok: true, value: id });
    },
  );

  it('accepts a lower-case x and normalises it to upper case', () => {
    expect(validateIdNumber('11010519491231002x')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it('normalises full-width digits and spaces when the number was typed on a Chinese keyboard', () => {
    expect(validateIdNumber(' １１０１０５ 19491231002Ｘ')).toEqual({
      ok: true,
      value: '11010519491231002X',
    });
  });

  it.each([
    [
      '110105194912310021',
      '校验位不正确，可能有数字录错，请逐位核对。',
      'check digit does not match',
    ],
    [
      '110105194902300020',
      '中的出生日期 19490230 不是真实日期，请核对第 7 至 14 位。',
      'birth date is not a real past date',
    ],
    [
      '110105202912310020',
      '中的出生日期 20291231 不是真实日期，请核对第 7 至 14 位。',
      'birth date is not a real past date',
    ],
    [
      '11010518991231002X',
      '中的出生年份 1899 不合理，请核对第 7 至 10 位。',
      'birth year before 1900',
    ],
    ['1101051949123100', '应为 18 位，现为 16 位，请核对。', 'expected 18 characters, got 16'],
    [
      '110105491231002',
      '是 15 位旧号码，请填写 18 位身份证号。',
      'old 15-digit number; 18 characters required',
    ],
    [
      '11010519491231002Y',
      '格式不正确：只能由 17 位数字和最后一位数字或 X 组成，请核对。',
      'invalid format',
    ],
  ])('rejects %s saying 身份证号%s', (id, message, detail) => {
    expect(validateIdNumber(id)).toEqual({
      ok: false,
      error: { code: 'validation', message: `身份证号${message}`, detail },
    });
  });

  it('rejects every number in which one digit of the region or sequence is changed', () => {
    // 11 is prime and no weight is a multiple of it, so any one substitution moves the check.
    fc.assert(
      fc.property(
        fc.constantFrom(0, 1, 2, 3, 4, 5, 14, 15, 16),
        fc.integer({ min: 0, max: 9 }),
        (at, digit) => {
          const id = '11010519491231002X';
          fc.pre(id[at] !== String(digit));
          const changed = `${id.slice(0, at)}${String(digit)}${id.slice(at + 1)}`;
          expect(validateIdNumber(changed)).toEqual({
            ok: false,
            error: {
              code: 'validation',
              message: '身份证号校验位不正确，可能有数字录错，请逐位核对。',
              detail: 'check digit does not match',
            },
          });
        },
      ),
    );
  });

  it('rejects 29 February when the birth year is not a leap year', () => {
    const first17 = '11010519990229002';
    const result = validateIdNumber(`${first17}${idNumberCheckDigit(first17)}`);
    expect(result).toMatchObject({
      ok: false,
      error: { detail: 'birth date is not a real past date' },
    });
  });
});

describe('idNumberCheckDigit', () => {
  it('completes any 17 digits with a real birth date into a valid number', () => {
    const birth = fc.date({
      min: new Date('1950-01-01T00:00:00Z'),
      max: new Date('2005-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(
        fc.integer({ min: 110000, max: 659999 }),
        birth,
        fc.integer({ min: 0, max: 999 }),
        (region, date, seq) => {
          const first17 = `${String(region)}${date.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`;
          const id = `${first17}${idNumberCheckDigit(first17)}`;
          expect(validateIdNumber(id)).toEqual({ ok: true, value: id });
        },
      ),
    );
  });
});

describe('id number facts', () => {
  it('reads birth date and gender and masks the middle when the number is valid', () => {
    expect(birthDateOfIdNumber('11010519491231002X')).toBe('1949-12-31');
    expect(genderOfIdNumber('11010519491231002X')).toBe('女');
    expect(genderOfIdNumber('360426199101010071')).toBe('男');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['110105491231002', '***************'],
    ['1101051949123100', '****************'],
    ['', ''],
  ])('hides %s whole when it is not 18 characters long', (input, masked) => {
    expect(maskIdNumber(input)).toBe(masked);
  });

  it('never shows the birth date or sequence when given any 18 characters', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 18, maxLength: 18, unit: 'grapheme-ascii' }), (id) => {
        expect(maskIdNumber(id)).toBe(`${id.slice(0, 6)}********${id.slice(14)}`);
      }),
    );
  });
});
