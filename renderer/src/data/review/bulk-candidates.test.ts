import { describe, expect, it } from 'vitest';
import { approvable, person } from './test-records.ts';
import { bulkCandidates } from './bulk-candidates.ts';
import { buildInbox } from './inbox-rows.ts';
import { createWorkingSet } from './working-set.ts';

async function inbox() {
  const set = createWorkingSet('weihai-2022');
  set.applyStaff([
    { kind: 'put', record: person('s-1') },
    { kind: 'put', record: person('s-2') },
  ]);
  set.applyClaims([
    { kind: 'put', record: approvable('named-else', 's-1') },
    { kind: 'put', record: approvable('reused', 's-2') },
    { kind: 'put', record: approvable('clean', 's-2') },
  ]);
  await set.evaluateStale();
  const view = set.view();
  return buildInbox({
    ...view,
    decisions: new Map(),
    rulebook: 'weihai-2022',
    loading: false,
    version: 1,
  });
}

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
