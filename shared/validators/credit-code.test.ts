import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, validateCreditCode } from './credit-code.ts';

const chars = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const orgChar = fc.constantFrom(...chars.split(''));
const first17 = fc
  .tuple(
    fc.constantFrom('1', '5', '9', 'A', 'N', 'Y'),
    fc.integer({ min: 1, max: 9 }),
    fc.integer({ min: 110000, max: 659999 }),
    fc.array(orgChar, { minLength: 9, maxLength: 9 }),
  )
  .map(
    ([authority, kind, region, org]) =>
      `${authority}${String(kind)}${String(region)}${org.join('')}`,
  );

describe('validateCreditCode', () => {
  it('accepts a published code when it is typed in lower case with spaces', () => {
    expect(validateCreditCode('9111 0000 6000 3734 1l')).toEqual({
      ok: true,
      value: '91110000600037341L',
    });
  });

  const badFormat =
    '格式不正确：第 1 位为登记管理部门代码，第 2 至 8 位为数字，其余只能是数字或大写字母（不含 I、O、S、V、Z），请核对。';

  it.each([
    [
      '91110000600037342L',
      '校验位不正确，可能有字符录错，请逐位核对。',
      'check character does not match',
    ],
    ['9111000060003734', '应为 18 位，现为 16 位，请核对。', 'expected 18 characters, got 16'],
    ['91110000600037341I', badFormat, 'invalid format'],
    ['0111000060003734X1', badFormat, 'invalid format'],
  ])('rejects %s saying 统一社会信用代码%s', (code, message, detail) => {
    expect(validateCreditCode(code)).toEqual({
      ok: false,
      error: { code: 'validation', message: `统一社会信用代码${message}`, detail },
    });
  });

  it('accepts every code whose check character is computed by GB 32100', () => {
    fc.assert(
      fc.property(first17, (front) => {
        const code = `${front}${creditCodeCheckChar(front)}`;
        expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
      }),
    );
  });

  it('refuses every code in which one of the first 17 characters is changed', () => {
    // 31 is prime and no weight is a multiple of it, so any one substitution moves the check.
    fc.assert(
      fc.property(first17, fc.nat(16), orgChar, (front, at, replacement) => {
        fc.pre(front[at] !== replacement && (at > 0 || /[1-9ANY]/u.test(replacement)));
        fc.pre(at === 0 || at > 7 || /\d/u.test(replacement));
        const changed = `${front.slice(0, at)}${replacement}${front.slice(at + 1)}`;
        const result = validateCreditCode(`${changed}${creditCodeCheckChar(front)}`);
        expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
        if (!result.ok) expect(result.error.message).toContain('校验位');
      }),
    );
  });

  it('accepts a code whose check character is 0', () => {
    const front = '91370100MA3C4R7N2';
    const padded = chars
      .split('')
      .map((c) => `${front.slice(0, 16)}${c}`)
      .find((f) => creditCodeCheckChar(f) === '0');
    expect(padded).toBeDefined();
    if (padded === undefined) return;
    expect(validateCreditCode(`${padded}0`)).toEqual({ ok: true, value: `${padded}0` });
  });

  it('accepts published codes whose registering authority is a letter or a digit', () => {
    for (const code of ['91350100M000100Y43', '91110000600037341L'])
      expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
  });
});
