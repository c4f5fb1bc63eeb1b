import { describe, expect, it } from 'vitest';
import { fakeIdNumber, fakeStaff } from '#shared/sheets/test-data.ts';
import { genderOfIdNumber } from '#shared/validators/index.ts';
import { registrationChecks } from './registration-checks.ts';

const colleague = fakeStaff(1);
const waiting = (change: Parameters<typeof fakeStaff>[1]) =>
  fakeStaff(2, { status: 'pending_registration', ...change });

describe('registrationChecks', () => {
  it('says what was checked when nothing is wrong', () => {
    const person = waiting({ gender: genderOfIdNumber(fakeIdNumber(2)) });
    expect(registrationChecks(person, [colleague, person])).toEqual([
      { kind: 'note', text: '身份证号校验通过，性别与之相符，本单位没有他人使用此号码。' },
    ]);
  });

  it('gives the validator’s reason for a broken 身份证号, and nothing more', () => {
    const id = fakeIdNumber(2);
    const person = waiting({ idNumber: `${id.slice(0, 17)}${id.endsWith('1') ? '2' : '1'}` });
    expect(registrationChecks(person, [colleague, person])).toEqual([
      { kind: 'problem', text: '身份证号校验位不正确，可能有数字录错，请逐位核对。' },
    ]);
  });

  it('finds the same person already in the unit, and a 性别 the number does not carry', () => {
    const carried = genderOfIdNumber(colleague.idNumber);
    const other = carried === '男' ? '女' : '男';
    const person = waiting({ idNumber: colleague.idNumber.toLowerCase(), gender: other });
    expect(registrationChecks(person, [colleague, person])).toEqual([
      {
        kind: 'problem',
        text: `身份证号已是本单位 ${colleague.name} 的身份证号，同一人不应重复注册。`,
      },
      {
        kind: 'problem',
        text: `性别填为“${other}”，身份证号显示为“${carried}”，请核对。`,
      },
    ]);
  });

  it('does not count a person who left the unit or was deleted', () => {
    const left = fakeStaff(1, { status: 'transferred_out' });
    const person = waiting({ idNumber: colleague.idNumber });
    expect(registrationChecks(person, [left, person]).map((check) => check.kind)).toEqual(['note']);
  });
});
