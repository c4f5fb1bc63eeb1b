import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeIdNumber, fakeStaff } from '#shared/sheets/test-data.ts';
import type { ChangeDoc, TransferDoc } from '../db/schemas.ts';
import { changeEffects } from './change-effects.ts';
import { mergedYears, personYears } from './transfer-bank.ts';

const person = fakeStaff(1);
const other = fakeStaff(2);

function change(changes: ChangeDoc['changes']): ChangeDoc {
  return {
    id: 'r-1',
    unitId: person.unitId,
    staffId: person.id,
    changes,
    attachments: [],
    status: 'submitted',
    submittedAt: '2025-06-02T00:00:00.000Z',
    updatedAt: '2025-06-02T00:00:00.000Z',
    revision: 1,
  };
}

const context = { staff: person, unitStaff: [person, other], claims: [fakeClaim(1, person.id)] };

describe('what a change request touches', () => {
  it('checks a new 身份证号 with the validator and against the unit’s other people', () => {
    const fresh = fakeIdNumber(77);
    const broken = `${fresh.slice(0, 17)}${fresh.endsWith('1') ? '2' : '1'}`;
    const asked = (to: string) =>
      changeEffects(change({ idNumber: { from: person.idNumber, to } }), context);
    expect(asked(fresh)).toEqual([
      { field: 'idNumber', kind: 'note', text: '新身份证号校验通过，本单位没有他人使用。' },
    ]);
    expect(asked(broken)).toEqual([
      {
        field: 'idNumber',
        kind: 'problem',
        text: '新身份证号校验位不正确，可能有数字录错，请逐位核对。',
      },
    ]);
    expect(asked(other.idNumber)).toEqual([
      {
        field: 'idNumber',
        kind: 'problem',
        text: `新身份证号已是本单位 ${other.name} 的身份证号，省平台将拒收。`,
      },
    ]);
  });

  it('moves the person and their claims in 统计, and warns when the value changed since', () => {
    const asked = change({ department: { from: '内科', to: '药学部' } });
    const moved = {
      field: 'department',
      kind: 'note',
      text: '统计中此人从「内科」移到「药学部」，其 1 条申报随之计入新部门。',
    };
    expect(changeEffects(asked, { ...context, staff: { ...person, department: '内科' } })).toEqual([
      moved,
    ]);
    expect(changeEffects(asked, { ...context, staff: { ...person, department: '外科' } })).toEqual([
      {
        field: 'department',
        kind: 'problem',
        text: '申请后部门已变：现为「外科」，不是申请时的「内科」。通过将被省平台判为冲突，请核实后不通过或请本人重新申请。',
      },
      moved,
    ]);
  });
});

describe('a transfer’s hours', () => {
  const transfer: TransferDoc = {
    id: 't-1',
    unitId: person.unitId,
    direction: 'in',
    person: { name: '新同事', idNumber: fakeIdNumber(90) },
    transferredInHours: [
      { year: 2025, publicHours: 20, professionalHours: 40, certificateNo: 'Z-2025' },
    ],
    attachments: [],
    status: 'submitted',
    submittedAt: '2025-06-02T00:00:00.000Z',
    updatedAt: '2025-06-02T00:00:00.000Z',
    revision: 1,
  };

  it('merges the certified hours into the bank of a person new to the unit, year by year', () => {
    expect(mergedYears('shandong-2021', transfer, undefined, [])).toEqual([
      {
        year: 2025,
        certified: { public: 20, professional: 40 },
        certificateNo: 'Z-2025',
        before: { public: 0, professional: 0 },
        after: { public: 20, professional: 40 },
      },
    ]);
  });

  it('adds them to what a returning person already has here, and lists a leaving person’s years', () => {
    const claims = [fakeClaim(1, person.id)];
    expect(mergedYears('shandong-2021', transfer, person, claims)[0]?.after).toEqual({
      public: 20,
      professional: 56,
    });
    expect(personYears('shandong-2021', person, claims)).toEqual([
      { year: 2025, hours: { public: 0, professional: 16 } },
    ]);
  });
});
