import { describe, expect, it } from 'vitest';
import type { Claim } from '../../shared/contract/index.ts';
import { createRandom } from '../seed/random.ts';
import { claimantAction } from './simulator.ts';

const claim: Claim = {
  id: 'U0001-C0000001',
  unitId: 'U0001',
  staffId: 'U0001-S000001',
  year: 2026,
  category: 'training',
  title: '临床新技术进修',
  claimedHours: 16,
  attachments: [],
  status: 'submitted',
  submittedAt: '2026-03-01T08:00:00.000Z',
  updatedAt: '2026-03-01T08:00:00.000Z',
  revision: 1,
  deleted: false,
};

describe('claimantAction', () => {
  it('edits or withdraws a submitted claim and resubmits a returned one', () => {
    const r = createRandom(1);
    const kinds = new Set<string>();
    for (let i = 0; i < 50; i++) {
      const action = claimantAction(r, claim);
      kinds.add(action?.kind ?? 'none');
      if (action?.kind === 'edited') expect(action.next.status).toBe('submitted');
      if (action?.kind === 'withdrawn') expect(action.next.status).toBe('withdrawn');
    }
    expect(kinds).toEqual(new Set(['edited', 'withdrawn']));
    expect(claimantAction(r, { ...claim, status: 'returned' })).toMatchObject({
      kind: 'resubmitted',
      next: { status: 'submitted' },
    });
  });

  it('removes some withdrawn claims as tombstones and leaves the others', () => {
    const r = createRandom(3);
    const actions = Array.from({ length: 40 }, () =>
      claimantAction(r, { ...claim, status: 'withdrawn' }),
    );
    expect(actions.some((a) => a === undefined)).toBe(true);
    const removed = actions.find((a) => a !== undefined);
    expect(removed).toMatchObject({
      kind: 'removed',
      next: { deleted: true, status: 'withdrawn' },
    });
  });

  it('leaves claims alone when the claimant can no longer act on them', () => {
    const r = createRandom(2);
    for (const status of [
      'unit_approved',
      'unit_rejected',
      'withdrawn',
      'recorded',
      'dept_approved',
    ] as const) {
      expect(claimantAction(r, { ...claim, status })).toBeUndefined();
    }
    expect(claimantAction(r, { ...claim, deleted: true })).toBeUndefined();
  });
});
