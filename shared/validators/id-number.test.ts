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
    ['110105194912310021', '校验位'],
    ['110105194902300020', '出生日期'],
    ['110105202912310020', '出生日期'],
    ['11010518991231002X', '出生年份'],
    ['1101051949123100', '18 位'],
    ['110105491231002', '15 位'],
    ['11010519491231002Y', '格式'],
  ])('rejects %s with a message about the %s', (id, topic) => {
    const result = validateIdNumber(id);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.message).toContain(topic);
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
