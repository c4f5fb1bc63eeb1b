import { describe, expect, it } from 'vitest';
import { claimSchema } from './claim.ts';
import { decisionBatchSchema, decisionSchema } from './decision.ts';
import { parseDocument } from './parse.ts';

const claim = {
  id: 'c-1',
  unitId: 'u-1',
  staffId: 's-1',
  year: 2025,
  category: 'training',
  title: '全省卫生系统业务培训',
  claimedHours: 16,
  attachments: [],
  status: 'submitted',
  submittedAt: '2025-06-03T08:15:30.123Z',
  updatedAt: '2025-06-03T08:15:30.123Z',
  revision: 1,
  deleted: false,
};

describe('parseDocument', () => {
  it('accepts a claim that keeps the contract', () => {
    const result = parseDocument(claimSchema, claim, 'Claim c-1');
    expect(result).toEqual({ ok: true, value: claim });
  });

  it('names the document, field and problem when a nested field breaks the contract', () => {
    const result = parseDocument(claimSchema, { ...claim, details: { months: 13 } }, 'claims[2]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems[0]).toMatchObject({
      document: 'claims[2]',
      field: 'details.months',
    });
    expect(result.error.message).toBe(
      '接口数据不符合规范：claims[2] 的 details.months 字段超出上限 12',
    );
    expect(result.error.detail).toContain('exceeds maximum 12');
  });

  it('reports a missing required field in Chinese', () => {
    const { title: _title, ...withoutTitle } = claim;
    const result = parseDocument(claimSchema, withoutTitle, 'Claim c-1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe('接口数据不符合规范：Claim c-1 缺少必填字段 title');
  });

  it('says in Chinese which item of a list has which wrong type, with no English type names', () => {
    const decisions = [{ reason: 7, decisionId: '3f1c2a4e-9b7d-4c1e-8a2b-1d2e3f4a5b6c' }];
    const result = parseDocument(decisionBatchSchema, { decisions }, '决定批次');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems.slice(0, 2).map((p) => [p.field, p.problem])).toEqual([
      ['decisions[0].target', '缺少必填字段'],
      ['decisions[0].baseRevision', '缺少必填字段'],
    ]);
    expect(result.error.message).toContain('决定批次 的 decisions 第 1 项缺少必填字段 target');
    expect(
      parseDocument(claimSchema, { ...claim, claimedHours: '16', revision: 1.5 }, 'claims[0]'),
    ).toMatchObject({
      ok: false,
      error: {
        message:
          '接口数据不符合规范：claims[0] 的 claimedHours 字段应为数字；claims[0] 的 revision 字段应为整数',
      },
    });
    const wrong = parseDocument(claimSchema, { ...claim, submittedAt: '2025-06-03' }, 'claims[0]');
    expect(wrong.ok ? '' : wrong.error.message).toBe(
      '接口数据不符合规范：claims[0] 的 submittedAt 字段格式不正确，应为精确到毫秒的 UTC 时间（如 2025-06-03T08:15:30.123Z）',
    );
    expect(wrong.ok ? '' : wrong.error.message).not.toMatch(/string|number|合同/);
  });

  it('refuses unknown fields in a decision', () => {
    const decision = {
      decisionId: '3f1c2a4e-9b7d-4c1e-8a2b-1d2e3f4a5b6c',
      target: { kind: 'claim', id: 'c-1' },
      baseRevision: 1,
      outcome: 'reject',
      reason: '材料不全',
      reviewerName: '张三',
      decidedAt: '2025-06-03T08:15:30.123Z',
      extra: true,
    };
    const result = parseDocument(decisionSchema, decision, 'decisions[0]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('extra');
  });
});
