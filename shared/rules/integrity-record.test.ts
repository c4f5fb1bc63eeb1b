import { describe, expect, it } from 'vitest';
import type { IntegrityRecord } from '../contract/index.ts';
import { evaluateAll, evaluateClaim } from './evaluate-all.ts';
import { claimOf } from './test-support.ts';

// rules.md: INTEGRITY_RECORD when the claimant has an integrityRecords entry whose `until` is on
// or after the claim's submittedAt date; a warning only, the suggestion unchanged.
const record = (until: string): IntegrityRecord => ({
  claimId: 'false-claim',
  recordedAt: '2024-06-01T02:00:00.000Z',
  until,
});
const training = (submittedAt: string, staffId = 's-1') =>
  claimOf({
    category: 'competition',
    details: { level: 'city' },
    staffId,
    submittedAt,
  });
const warning = {
  code: 'INTEGRITY_RECORD',
  severity: 'warning',
  message:
    '申报人因虚假申报学时记入职称评审诚信档案，记录期至 2027-06-01。请逐项核实本条申报及其证明材料后单独审核，本条不参与批量通过。',
  citation: '济宁市人社局2020年度继续教育通知 四（四）3',
};

describe('INTEGRITY_RECORD', () => {
  it('warns on a claim submitted within the record period and keeps the suggestion and hours', () => {
    const claim = training('2025-03-01T08:00:00.000Z');
    const staff = [{ id: 's-1', integrityRecords: [record('2027-06-01')] }];
    const [plain] = evaluateAll('weihai-2022', [claim]);
    const [marked] = evaluateAll('weihai-2022', [claim], { staff });
    expect(marked).toEqual({ ...plain, findings: [...(plain?.findings ?? []), warning] });
    expect(marked?.suggestion).toBe('approve');
  });

  it('counts the last day of the period, by the China date of submission', () => {
    const staff = [{ id: 's-1', integrityRecords: [record('2027-06-01')] }];
    // 2027-06-01 23:30 in China is still 15:30 UTC that day; 16:30 UTC is already 06-02 in China.
    const onLastDay = training('2027-06-01T15:30:00.000Z');
    const dayAfter = training('2027-06-02T16:30:00.000Z');
    const codes = evaluateAll('weihai-2022', [onLastDay, dayAfter], { staff }).map((e) =>
      e.findings.map((f) => f.code),
    );
    expect(codes).toEqual([['INTEGRITY_RECORD'], []]);
  });

  it('leaves other people, people without records, and an evaluation without staff alone', () => {
    const staff = [
      { id: 's-1', integrityRecords: [record('2027-06-01')] },
      { id: 's-2', integrityRecords: [] },
      { id: 's-3' },
    ];
    const claims = ['s-1', 's-2', 's-3', 's-4'].map((id) =>
      training('2025-03-01T08:00:00.000Z', id),
    );
    expect(
      evaluateAll('weihai-2022', claims, { staff }).map((e) => e.findings.map((f) => f.code)),
    ).toEqual([['INTEGRITY_RECORD'], [], [], []]);
    expect(evaluateAll('weihai-2022', claims).flatMap((e) => e.findings)).toEqual([]);
  });

  it('is found when the reviewer opens the claim, too', () => {
    const claim = training('2025-03-01T08:00:00.000Z');
    const staff = [{ id: 's-1', integrityRecords: [record('2024-01-01'), record('2027-06-01')] }];
    expect(evaluateClaim('weihai-2022', claim, [claim], { staff }).findings).toEqual([warning]);
  });
});
