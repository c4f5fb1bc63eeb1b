// Over 250 lines: the reports page's pure parts share one suite (decision log, managers, roster, staff check).
import { describe, expect, it } from 'vitest';
import { fakeClaim, fakeIdNumber, fakeStaff, testUnit } from '#shared/sheets/test-data.ts';
import type { AuditDoc, DecisionDoc } from '../../data/db/schemas.ts';
import type { StoredManager } from '../../data/managers/managers-repo.ts';
import { decisionLogRows } from './decision-log.ts';
import {
  filingFromMeta,
  managerSaveProblems,
  planManagerImport,
  toManagersFiling,
} from './managers-model.ts';
import { rosterPeople } from './roster-people.ts';
import { activeNotListed, checkStaffList } from './staff-check.ts';

function decision(at: string, overrides: Partial<DecisionDoc> = {}): DecisionDoc {
  return {
    decisionId: `d-${at}`,
    payload: {
      decisionId: '00000000-0000-4000-8000-000000000001',
      target: { kind: 'claim', id: 'c-1' },
      baseRevision: 1,
      outcome: 'approve',
      creditedHours: { public: 0, professional: 12.5 },
      reviewerName: '王审核',
      decidedAt: at,
    },
    staffId: 's-1',
    staffName: '张伟',
    title: '业务培训',
    category: 'training',
    claimedHours: 16,
    integrityMark: false,
    createdAt: at,
    state: 'pending',
    ...overrides,
  };
}

describe('decisionLogRows', () => {
  it('keeps the China calendar days of the period, both ends included', () => {
    const rows = decisionLogRows(
      [
        decision('2025-01-31T16:30:00.000Z'), // 2025-02-01 00:30 in China
        decision('2025-01-31T15:30:00.000Z'), // still 2025-01-31 in China
        decision('2025-02-28T15:59:00.000Z'),
      ],
      [],
      { from: '2025-02-01', to: '2025-02-28' },
    );
    expect(rows).toHaveLength(2);
  });

  it('writes every value in Chinese: category, outcome, sync state', () => {
    const [row] = decisionLogRows(
      [decision('2025-03-01T02:00:00.000Z', { state: 'applied' })],
      [],
      { from: '2025-01-01', to: '2025-12-31' },
    );
    expect(row).toMatchObject({
      reviewer: '王审核',
      person: '张伟',
      category: '培训进修',
      creditedHours: 12.5,
      outcome: '通过',
      syncState: '已同步',
    });
  });

  it('names the 1.1 kinds: a change request, a transfer, and a revoke with the 诚信档案 mark', () => {
    const at = '2025-03-01T02:00:00.000Z';
    const base = decision(at);
    const onRequest = (kind: 'change' | 'transfer', title: string): DecisionDoc => ({
      ...base,
      payload: {
        ...base.payload,
        target: { kind, id: `${kind}-1` },
        outcome: 'reject',
        reason: '与档案不符',
        creditedHours: undefined,
      },
      title,
      category: kind,
      claimedHours: 0,
    });
    const revoke: DecisionDoc = {
      ...base,
      payload: {
        ...base.payload,
        outcome: 'revoke',
        reason: '证书伪造',
        integrityMark: true,
        creditedHours: undefined,
      },
      integrityMark: true,
    };
    const rows = decisionLogRows(
      [onRequest('change', '变更身份证号'), onRequest('transfer', '调入（某研究院）'), revoke],
      [],
      { from: '2025-01-01', to: '2025-12-31' },
    );
    const common = {
      decidedAt: new Date(at),
      reviewer: '王审核',
      person: '张伟',
      syncState: '待同步',
    };
    expect(rows).toEqual([
      {
        ...common,
        claimTitle: '变更身份证号',
        category: '信息变更',
        claimedHours: 0,
        outcome: '不通过',
        reason: '与档案不符',
      },
      {
        ...common,
        claimTitle: '调入（某研究院）',
        category: '人员调转',
        claimedHours: 0,
        outcome: '不通过',
        reason: '与档案不符',
      },
      {
        ...common,
        claimTitle: '业务培训',
        category: '培训进修',
        claimedHours: 16,
        outcome: '撤销通过',
        reason: '证书伪造（记入诚信档案）',
      },
    ]);
  });

  it('names a registration decision and gives no credited hours for a rejection', () => {
    const reject = decision('2025-03-01T02:00:00.000Z', {
      category: 'registration',
      title: '人员注册',
    });
    const [row] = decisionLogRows(
      [{ ...reject, payload: { ...reject.payload, outcome: 'reject', reason: '非本单位人员' } }],
      [],
      { from: '2025-01-01', to: '2025-12-31' },
    );
    expect(row).toMatchObject({ category: '人员注册', outcome: '不通过', reason: '非本单位人员' });
    expect(row?.creditedHours).toBeUndefined();
  });

  it('adds decisions taken back before sync from the audit trail, in time order', () => {
    const undo: AuditDoc = {
      id: 'a-1',
      at: '2025-03-01T01:00:00.000Z',
      actor: '李审核',
      action: 'undo',
      subject: 'decision:x',
      detail: '论文',
    };
    const other: AuditDoc = { ...undo, id: 'a-2', action: 'decide:approve' };
    const rows = decisionLogRows([decision('2025-03-01T02:00:00.000Z')], [undo, other], {
      from: '2025-01-01',
      to: '2025-12-31',
    });
    expect(rows.map((r) => r.outcome)).toEqual(['撤销审核', '通过']);
    expect(rows[0]).toMatchObject({ reviewer: '李审核', claimTitle: '论文' });
  });
});

describe('rosterPeople', () => {
  it('pairs active staff with their year bank and leaves others out', () => {
    const people = rosterPeople(
      'shandong-2021',
      2025,
      [fakeStaff(1), fakeStaff(2, { status: 'pending_registration' })],
      [fakeClaim(1, 's-1', { creditedHours: { public: 30, professional: 60 } })],
      [],
    );
    expect(people).toHaveLength(1);
    expect(people[0]?.hours).toEqual({ public: 30, professional: 60, total: 90, met: true });
  });
});

const manager = (n: number, department: string): StoredManager => ({
  id: `m-${n}`,
  department,
  name: `管理员${n}`,
  title: '科员',
  idNumber: fakeIdNumber(n),
  mobile: '13800138000',
  landline: '0535-1234567',
});

describe('managerSaveProblems', () => {
  const kept = [manager(1, '人事处'), manager(2, '人事处')];

  it('refuses a third manager in a department', () => {
    const problems = managerSaveProblems(kept, { ...manager(3, '人事处') });
    expect(problems.map((p) => p.field)).toEqual(['department']);
  });

  it('allows editing one of the two in place', () => {
    expect(managerSaveProblems(kept, { ...manager(2, '人事处'), name: '新名字' }, 'm-2')).toEqual(
      [],
    );
  });

  it('refuses the same 身份证号 twice and a bad one with the model message', () => {
    const twice = managerSaveProblems(kept, { ...manager(1, '医务处') });
    expect(twice.map((p) => p.field)).toEqual(['idNumber']);
    const bad = managerSaveProblems(kept, { ...manager(5, '医务处'), idNumber: '123' });
    expect(bad[0]?.field).toBe('idNumber');
    expect(bad[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('planManagerImport', () => {
  it('updates by 身份证号, adds new ones, and leaves out a third in a department', () => {
    const kept = [manager(1, '人事处')];
    const plan = planManagerImport(kept, [
      { row: 2, value: { ...manager(1, '人事处'), name: '改名' } },
      { row: 3, value: manager(2, '人事处') },
      { row: 4, value: manager(3, '人事处') },
      { row: 5, value: manager(4, '医务处') },
    ]);
    expect(plan.map((p) => [p.row, p.replaces, p.problem === undefined])).toEqual([
      [2, 'm-1', true],
      [3, undefined, true],
      [4, undefined, false],
      [5, undefined, true],
    ]);
  });
});

describe('unit filing', () => {
  it('falls back to the unit facts and ignores damaged values', () => {
    const facts = filingFromMeta(testUnit, { responsible: '赵主任', industry: 42 });
    expect(facts).toEqual({
      responsible: '赵主任',
      leadOffice: '',
      industry: '卫生、社会保障和社会福利业',
      region: '山东省烟台市',
    });
    const filing = toManagersFiling(testUnit, { ...facts, industry: '不存在的行业' }, []);
    expect(filing.industry).toBeUndefined();
    expect(filing.leadOffice).toBeUndefined();
  });
});

describe('checkStaffList', () => {
  const staff = [
    fakeStaff(1, { name: '张伟', department: '内科' }),
    fakeStaff(2, { name: '李娜', department: '外科' }),
    fakeStaff(3, { status: 'pending_registration' }),
    fakeStaff(4),
  ];
  const row = (n: number, value: { name: string; department?: string }) => ({
    row: n,
    value: { idNumber: fakeIdNumber(n), ...value },
  });

  it('reports each row against the platform by 身份证号 and says what differs', () => {
    const result = checkStaffList(
      [
        row(1, { name: '张伟', department: '内科' }),
        row(2, { name: '李丽', department: '外科' }),
        row(3, { name: fakeStaff(3).name }),
        row(9, { name: '赵六' }),
      ],
      staff,
    );
    expect(result.map((r) => r.check)).toEqual(['same', 'differs', 'pending', 'missing']);
    expect(result[1]?.notes).toEqual(['姓名：平台为“李娜”']);
  });

  it('lists active platform staff the file does not name', () => {
    const rows = [row(1, { name: '张伟' }), row(2, { name: '李娜' })];
    expect(activeNotListed(rows, staff).map((p) => p.id)).toEqual(['s-4']);
  });
});
