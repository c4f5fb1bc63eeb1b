import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateCreditCode, validateIdNumber } from '../../shared/validators/index.ts';
import { makeCreditCode, makeIdNumber } from './ids.ts';

describe('makeIdNumber', () => {
  it('gives the GB 11643 check digit of a published example when built from its parts', () => {
    // The standard's own worked example: 11010519491231002X.
    expect(makeIdNumber('110105', '19491231', 2)).toBe('11010519491231002X');
  });

  it('makes numbers the validator accepts when given any sequence', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (sequence) => {
        const id = makeIdNumber('370602', '19850317', sequence);
        expect(validateIdNumber(id)).toEqual({ ok: true, value: id });
      }),
    );
  });
});

describe('makeCreditCode', () => {
  it('makes codes the validator accepts when given any organisation number', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999_999 }),
        fc.constantFrom('12', '91'),
        (n, kind) => {
          const code = makeCreditCode(kind, '371000', n);
          expect(validateCreditCode(code)).toEqual({ ok: true, value: code });
        },
      ),
    );
  });

  it('gives the organisation code check of a worked GB 11714 example', () => {
    // 12345678 → weighted sum 1·3+2·7+3·9+4·10+5·5+6·8+7·4+8·2 = 201, 11 − 201 mod 11 = 8.
    expect(makeCreditCode('91', '350100', 12345678).slice(8, 17)).toBe('123456788');
  });
});
