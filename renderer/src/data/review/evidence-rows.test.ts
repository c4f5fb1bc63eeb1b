import { describe, expect, it } from 'vitest';
import { facetCounts, filterInbox } from './inbox-filter.ts';
import { threeClaimInbox } from './test-records.ts';
import { withEvidenceFindings, type EvidenceFlagged } from './evidence-rows.ts';

describe('withEvidenceFindings', () => {
  it('lets the 规则提示 filter find and count the claims the evidence check flagged', async () => {
    const items = await threeClaimInbox();
    const flagged: EvidenceFlagged = new Map([
      ['named-else', ['EVIDENCE_NAME_MISMATCH']],
      ['reused', ['EVIDENCE_REUSED', 'EVIDENCE_DATE_MISMATCH']],
    ]);
    const rows = withEvidenceFindings(items, flagged);
    const found = filterInbox(
      rows,
      { decided: 'undecided', finding: 'EVIDENCE_NAME_MISMATCH' },
      'submittedAt',
    );
    expect(found.map((item) => item.key)).toEqual(['named-else']);
    const counts = facetCounts(rows, { decided: 'undecided' }).finding;
    expect([counts.get('EVIDENCE_NAME_MISMATCH'), counts.get('EVIDENCE_REUSED')]).toEqual([1, 1]);
    expect(
      rows
        .filter((item) => item.hasWarnings)
        .map((item) => item.key)
        .sort(),
    ).toEqual(['named-else', 'reused']);
    // The rows the check found nothing on are the same rows, not copies.
    expect(rows.find((item) => item.key === 'clean')).toBe(
      items.find((item) => item.key === 'clean'),
    );
  });

  it('gives the same list back for no flags, and the same joined list for the same flags', async () => {
    const items = await threeClaimInbox();
    expect(withEvidenceFindings(items, new Map())).toBe(items);
    const flagged: EvidenceFlagged = new Map([['clean', ['EVIDENCE_UNREADABLE']]]);
    expect(withEvidenceFindings(items, flagged)).toBe(withEvidenceFindings(items, flagged));
  });
});
