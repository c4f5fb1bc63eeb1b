import { describe, expect, it } from 'vitest';
import { claimSchema } from './claim.ts';
import { decisionSchema } from './decision.ts';
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
    expect(result.ok).toBe(true);
  });

  it('names the document, field and problem when a nested field breaks the contract', () => {
    const result = parseDocument(claimSchema, { ...claim, details: { months: 13 } }, 'claims[2]');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.problems[0]).toMatchObject({
      document: 'claims[2]',
      field: 'details.months',
    });
    expect(result.error.message).toContain('claims[2] 的字段 details.months');
    expect(result.error.detail).toContain('exceeds maximum 12');
  });

  it('reports a missing required field in Chinese', () => {
    const { title: _title, ...withoutTitle } = claim;
    const result = parseDocument(claimSchema, withoutTitle, 'Claim c-1');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('title');
    expect(result.error.message).toContain('缺少必填字段');
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
