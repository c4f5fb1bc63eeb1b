import { describe, expect, it } from 'vitest';
import { approvable, evaluatedSet, inboxOfView, person } from './test-records.ts';
import { bulkCandidates } from './bulk-candidates.ts';

// Issue 15: a claim of a person in their 诚信档案 record period carries INTEGRITY_RECORD and is
// never approved in bulk, even when the person's record arrives after their claims.
const record = { claimId: 'old', recordedAt: '2024-06-01T02:00:00.000Z', until: '2027-06-01' };

describe('claims of a person with an integrity record', () => {
  it('carry the warning and stay out of bulk approve, while the same claim of another is a candidate', async () => {
    const set = await evaluatedSet(
      [person('s-1'), person('s-2')],
      [approvable('marked', 's-1'), approvable('clean', 's-2')],
    );
    // The decision that made the record comes back with the next pull, after the claims.
    set.applyStaff([{ kind: 'put', record: person('s-1', [record]) }]);
    await set.evaluateStale();

    const view = set.view();
    expect(view.evaluations.get('marked')?.findings.map((f) => f.code)).toEqual([
      'INTEGRITY_RECORD',
    ]);
    expect(view.evaluations.get('marked')?.suggestion).toBe('approve');
    const items = inboxOfView(view);
    expect(items.map((item) => item.key).sort()).toEqual(['clean', 'marked']);
    expect(
      bulkCandidates(items, { version: 0, hasFinding: () => false }).map((item) => item.key),
    ).toEqual(['clean']);
  });
});
