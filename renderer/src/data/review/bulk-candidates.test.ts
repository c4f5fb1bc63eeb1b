import { describe, expect, it } from 'vitest';
import { threeClaimInbox as inbox } from './test-records.ts';
import { bulkCandidates } from './bulk-candidates.ts';

const keys = (items: readonly { key: string }[]) => items.map((item) => item.key).sort();

describe('bulkCandidates', () => {
  it('leaves out every claim the evidence check found something on', async () => {
    const items = await inbox();
    const flagged = new Set(['named-else', 'reused']);
    expect(
      keys(bulkCandidates(items, { version: 1, hasFinding: (id) => flagged.has(id) })),
    ).toEqual(['clean']);
  });

  it('works the candidates out again when the evidence findings change', async () => {
    const items = await inbox();
    const flagged = new Set<string>();
    const hasFinding = (id: string) => flagged.has(id);
    expect(keys(bulkCandidates(items, { version: 1, hasFinding }))).toEqual([
      'clean',
      'named-else',
      'reused',
    ]);
    flagged.add('reused');
    expect(keys(bulkCandidates(items, { version: 2, hasFinding }))).toEqual([
      'clean',
      'named-else',
    ]);
  });
});
