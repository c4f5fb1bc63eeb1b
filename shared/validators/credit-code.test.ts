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

  it.each([
    ['91110000600037342L', '校验位'],
    ['9111000060003734', '18 位'],
    ['91110000600037341I', '格式'],
    ['0111000060003734X1', '格式'],
  ])('rejects %s with a message about the %s', (code, topic) => {
    const result = validateCreditCode(code);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain(topic);
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
