import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idNumberCheckDigit } from '../validators/id-number.ts';
import { redactedIdNumber, redactedPhone, redactPersonalData } from './redact.ts';

/** A valid-looking 身份证号 from its region, birth date and sequence. */
function idNumber(region: string, birth: string, sequence: string): string {
  const first17 = `${region}${birth}${sequence}`;
  return `${first17}${idNumberCheckDigit(first17)}`;
}

describe('redactPersonalData', () => {
  it('hides a valid 身份证号 when it stands inside Chinese text', () => {
    const id = idNumber('370602', '19800101', '001');
    expect(redactPersonalData(`人员${id}已登记`)).toBe(`人员${redactedIdNumber}已登记`);
  });

  it('hides a 身份证号 ending in X, upper or lower case', () => {
    // 370602 19800101 008 has the check character X.
    const id = idNumber('370602', '19800101', '008');
    expect(id.endsWith('X')).toBe(true);
    expect(redactPersonalData(`id=${id}; again ${id.toLowerCase()}.`)).toBe(
      `id=${redactedIdNumber}; again ${redactedIdNumber}.`,
    );
  });

  it('hides a 身份证号 whose check digit is wrong, since a typo is as personal', () => {
    expect(redactPersonalData('身份证号370602198001010019校验位不正确')).toBe(
      `身份证号${redactedIdNumber}校验位不正确`,
    );
  });

  it('hides a 身份证号 in a key, in groups, in full-width digits and the old 15 digits', () => {
    expect(
      redactPersonalData(
        'vault-37060219800101001X · 370602 19800101 001X · ３７０６０２１９８００１０１００１Ｘ · 370602800101001',
      ),
    ).toBe(
      `vault-${redactedIdNumber} · ${redactedIdNumber} · ${redactedIdNumber} · ${redactedIdNumber}`,
    );
  });

  it('hides mobiles with or without +86 and spaces, and landlines with their area code', () => {
    expect(
      redactPersonalData(
        '手机13800138000，+86 139-0013-9000，008615900000000；座机0531-86123456、(010)12345678、0591 8752 2301',
      ),
    ).toBe(
      `手机${redactedPhone}，${redactedPhone}，${redactedPhone}；座机${redactedPhone}、${redactedPhone}、${redactedPhone}`,
    );
  });

  it('leaves dates, times, hours, counts, timestamps and ids alone', () => {
    const line =
      '2026-11-30T08:30:00.000Z 2026-11-30 08:30 20261130 学时 12.5 公需 30 专业 60 共 20000 人 ' +
      '耗时 1234 ms 1764491400000 1764491400 claim 9b2e4c1a-3f5d-4e6b-8a7c-1d2e3f4a5b6c 第 2 批 200 条 ' +
      '版本 45.4.1 端口 18787 0.5 小时 2026年11月30日';
    expect(redactPersonalData(line)).toBe(line);
  });

  it('leaves a longer run of digits alone, as it is neither number', () => {
    const line = '订单 1234567890123456789012 和 138001380001';
    expect(redactPersonalData(line)).toBe(line);
  });

  it('never leaves a generated 身份证号 or mobile in any surrounding text', () => {
    const digits = (n: number) =>
      fc
        .array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n })
        .map((a) => a.join(''));
    const id = fc
      .tuple(
        digits(6),
        fc.date({ min: new Date('1930-01-01'), max: new Date('2010-12-31'), noInvalidDate: true }),
        digits(3),
      )
      .map(([region, birth, sequence]) =>
        idNumber(
          `${Math.max(1, Number(region[0]))}${region.slice(1)}`,
          birth.toISOString().slice(0, 10).replaceAll('-', ''),
          sequence,
        ),
      );
    const mobile = fc
      .tuple(fc.integer({ min: 3, max: 9 }), digits(9))
      .map(([second, rest]) => `1${second}${rest}`);
    const around = fc.string({ unit: fc.constantFrom('审', '核', ' ', ',', '：', 'a', '-', '\n') });
    fc.assert(
      fc.property(around, fc.oneof(id, mobile), around, (before, secret, after) => {
        const redacted = redactPersonalData(`${before}${secret}${after}`);
        expect(redacted).not.toContain(secret);
        expect(redacted).not.toContain(secret.slice(0, 11));
      }),
    );
  });

  it('never changes an ISO date or time', () => {
    fc.assert(
      fc.property(
        // From 2001-09-09 a millisecond timestamp has 13 digits, as every one the app logs does.
        fc.date({ min: new Date('2001-09-09'), max: new Date('2100-12-31'), noInvalidDate: true }),
        (date) => {
          const iso = date.toISOString();
          const text = `${iso} ${iso.slice(0, 10)} ${iso.slice(0, 10).replaceAll('-', '')} ${date.getTime()}`;
          expect(redactPersonalData(text)).toBe(text);
        },
      ),
    );
  });
});
