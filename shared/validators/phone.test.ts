import { describe, expect, it } from 'vitest';
import { validateLandline, validateMobile } from './phone.ts';

describe('validateMobile', () => {
  it.each([
    ['13959188983', '13959188983'],
    ['18059779527', '18059779527'],
    ['+86 139-5918-8983', '13959188983'],
    ['１３９５９１８８９８３', '13959188983'],
  ])('accepts %s as %s', (input, value) => {
    expect(validateMobile(input)).toEqual({ ok: true, value });
  });

  it.each(['1395918898', '23959188983', '0591-87522301', '12012345678', ''])(
    'rejects %s',
    (input) => {
      expect(validateMobile(input)).toEqual({
        ok: false,
        error: {
          code: 'validation',
          message: '手机号码不正确：应为 11 位、以 1 开头的中国大陆手机号，请核对。',
          detail: 'not a mainland China mobile number',
        },
      });
    },
  );
});

describe('validateLandline', () => {
  it.each([
    ['0591-87522301', '0591-87522301'],
    ['0591-87716637', '0591-87716637'],
    ['(010)12345678', '010-12345678'],
    ['0531 86123456', '0531-86123456'],
    ['0631-5288888转806', '0631-5288888转806'],
  ])('accepts %s as %s', (input, value) => {
    expect(validateLandline(input)).toEqual({ ok: true, value });
  });

  it.each(['87522301', '13959188983', '0591-8752', '400-8370-811'])(
    'rejects %s when it is not a landline with area code',
    (input) => {
      expect(validateLandline(input)).toEqual({
        ok: false,
        error: {
          code: 'validation',
          message: '座机号不正确：请填写带区号的固定电话，如 0531-86123456。',
          detail: 'not a mainland China landline with area code',
        },
      });
    },
  );
});
