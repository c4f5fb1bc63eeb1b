import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCodeCheck, idNumberCheck, makeCreditCode, makeIdNumber } from './ids.ts';

describe('makeIdNumber', () => {
  it('gives the GB 11643 check digit of a published example when built from its parts', () => {
    // The standard's own worked example: 11010519491231002X.
    expect(makeIdNumber('110105', '19491231', 2)).toBe('11010519491231002X');
  });

  it('makes 18 characters whose check digit verifies when given any parts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (sequence) => {
        const id = makeIdNumber('370602', '19850317', sequence);
        expect(id).toHaveLength(18);
        expect(idNumberCheck(id.slice(0, 17))).toBe(id[17]);
      }),
    );
  });
});

describe('makeCreditCode', () => {
  it('verifies against a known valid code when recomputing its check character', () => {
    expect(creditCodeCheck('91350100M000100Y4')).toBe('3');
  });

  it('makes 18 characters of the GB 32100 charset whose check verifies when given any number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const code = makeCreditCode('12', '371000', n);
        expect(code).toMatch(/^[0-9A-HJ-NPQRTUWXY]{18}$/);
        expect(creditCodeCheck(code.slice(0, 17))).toBe(code[17]);
      }),
    );
  });
});
