import { describe, expect, it } from 'vitest';
import {
  decisionProblem,
  initialPasswordOf,
  isCreditableHours,
  maxCreditedHours,
  passwordProblem,
  projectFilingProblem,
  tokenLifeMs,
} from './rules.ts';

describe('contract rules', () => {
  it('keeps the numbers the contract README states', () => {
    expect({ maxCreditedHours, tokenLifeMs }).toEqual({
      maxCreditedHours: 2000,
      tokenLifeMs: 8 * 60 * 60 * 1000,
    });
  });

  it('accepts hours from 0 to the bound and refuses the rest when checking credit', () => {
    expect([0, 12.25, maxCreditedHours].map(isCreditableHours)).toEqual([true, true, true]);
    expect([-0.1, maxCreditedHours + 0.1, Number.NaN].map(isCreditableHours)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('takes the last six characters of the account as the initial password, X included', () => {
    expect(initialPasswordOf('11010519491231002x')).toBe('31002X');
  });

  it('accepts only 8+ characters with letters and digits that avoid the last six', () => {
    const account = '371002197507226383';
    expect(passwordProblem(account, 'Review2025ok')).toBeUndefined();
    expect(passwordProblem(account, 'abc123')).toBe('新密码至少 8 位。');
    expect(passwordProblem(account, 'abcdefghi')).toBe('新密码须同时包含字母和数字。');
    expect(passwordProblem(account, 'ab226383')).toBe('新密码不能包含身份证号的后六位。');
    expect(passwordProblem('11010519491231002X', 'ab31002x')).toBe(
      '新密码不能包含身份证号的后六位。',
    );
  });

  it('names the broken rule when a decision breaks one, and nothing when it keeps them all', () => {
    const hours = { public: 10, professional: 0 };
    expect(decisionProblem({ targetKind: 'claim', outcome: 'approve', creditedHours: hours })).toBe(
      undefined,
    );
    expect(decisionProblem({ targetKind: 'registration', outcome: 'return', reason: 'x' })).toBe(
      '注册审核不能退回，只能通过或不通过。',
    );
    expect(decisionProblem({ targetKind: 'claim', outcome: 'return', reason: '  ' })).toBe(
      '退回必须填写原因。',
    );
    expect(decisionProblem({ targetKind: 'claim', outcome: 'reject' })).toBe(
      '不通过必须填写原因。',
    );
    expect(decisionProblem({ targetKind: 'claim', outcome: 'approve' })).toBe(
      '通过学时申报必须给出认定学时。',
    );
    expect(
      decisionProblem({
        targetKind: 'claim',
        outcome: 'approve',
        creditedHours: { public: 0, professional: maxCreditedHours + 1 },
      }),
    ).toBe('认定学时必须在 0 到 2000 之间。');
  });

  it('keeps the 1.1 rules: change and transfer take approve or reject, revoke and the integrity mark are for claims', () => {
    const reason = '材料不实';
    const judged = [
      { targetKind: 'change', outcome: 'approve' },
      { targetKind: 'transfer', outcome: 'reject', reason },
      { targetKind: 'change', outcome: 'reject' },
      { targetKind: 'change', outcome: 'return', reason },
      { targetKind: 'transfer', outcome: 'revoke', reason },
      { targetKind: 'claim', outcome: 'revoke' },
      { targetKind: 'claim', outcome: 'revoke', reason, integrityMark: true },
      { targetKind: 'claim', outcome: 'reject', reason, integrityMark: true },
      {
        targetKind: 'claim',
        outcome: 'approve',
        creditedHours: { public: 1, professional: 0 },
        integrityMark: true,
      },
      { targetKind: 'claim', outcome: 'return', reason, integrityMark: true },
      { targetKind: 'transfer', outcome: 'reject', reason, integrityMark: true },
      { targetKind: 'claim', outcome: 'reject', reason, integrityMark: false },
    ] as const;
    expect(judged.map((d) => decisionProblem(d))).toEqual([
      undefined,
      undefined,
      '不通过必须填写原因。',
      '变更申请不能退回，只能通过或不通过。',
      '只能撤销学时申报的通过，调转申请不能撤销。',
      '撤销通过必须填写原因。',
      undefined,
      undefined,
      '记入诚信档案只能随学时申报的不通过或撤销通过一起提交。',
      '记入诚信档案只能随学时申报的不通过或撤销通过一起提交。',
      '记入诚信档案只能随学时申报的不通过或撤销通过一起提交。',
      undefined,
    ]);
  });
});

describe('projectFilingProblem', () => {
  const filing = { startDate: '2026-10-12', endDate: '2026-10-13', hours: 16 };
  it('accepts a filing before the start of up to 8 hours a calendar day in one year', () => {
    expect(projectFilingProblem(filing, '2026-10-11')).toBeUndefined();
  });

  it('refuses an end before the start, two years, a started project and more than 8 hours a day', () => {
    expect([
      projectFilingProblem({ ...filing, endDate: '2026-10-11' }, '2026-09-01'),
      projectFilingProblem({ ...filing, endDate: '2027-01-02' }, '2026-09-01'),
      projectFilingProblem(filing, '2026-10-12'),
      projectFilingProblem({ ...filing, hours: 16.5 }, '2026-09-01'),
    ]).toEqual([
      '结束日期不能早于开始日期。',
      '培训项目的开始和结束须在同一年内。',
      '项目已于 2026-10-12 开班，须在开班前备案。',
      '学时不能超过每天 8 学时（共 2 天，最多 16 学时）。',
    ]);
  });
});
