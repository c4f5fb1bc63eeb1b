import { describe, expect, it } from 'vitest';
import type { Claim, Staff } from '#shared/contract/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import type { DecisionDoc } from '../db/schemas.ts';
import {
  facetCounts,
  filterInbox,
  hasFacets,
  withoutFacets,
  type InboxFilter,
} from './inbox-filter.ts';
import { buildInbox } from './inbox-rows.ts';
import type { ReviewSnapshot } from './snapshot.ts';

const time = '2025-06-01T00:00:00.000Z';
const person = (
  id: string,
  name: string,
  department: string,
  status: Staff['status'] = 'active',
): Staff => ({
  id,
  unitId: 'u',
  name,
  idNumber: `37060219800101${id.padStart(3, '0')}X`,
  department,
  status,
  updatedAt: time,
  revision: 1,
  deleted: false,
});
const claim = (
  id: string,
  staffId: string,
  category: Claim['category'],
  year: number,
  submittedAt: string,
): Claim => ({
  id,
  unitId: 'u',
  staffId,
  year,
  category,
  title: `项目${id}`,
  claimedHours: 8,
  attachments: [],
  status: 'submitted',
  submittedAt,
  updatedAt: time,
  revision: 1,
  deleted: false,
});
const evaluation = (
  claimId: string,
  suggestion: Evaluation['suggestion'],
  codes: Evaluation['findings'][number]['code'][] = [],
): Evaluation => ({
  claimId,
  suggestion,
  credited: { public: 0, professional: 8 },
  findings: codes.map((code) => ({
    code,
    severity: 'warning' as const,
    message: '提示',
    citation: '依据',
  })),
});

function snapshot(decisions: DecisionDoc[] = []): ReviewSnapshot {
  const staff = [
    person('1', '张伟', '内科'),
    person('2', '李娜', '外科'),
    person('3', '王芳', '外科', 'pending_registration'),
  ];
  const claims = [
    claim('c1', '1', 'training', 2025, '2025-03-01T00:00:00.000Z'),
    claim('c2', '2', 'outcome', 2025, '2025-01-01T00:00:00.000Z'),
    claim('c3', '2', 'training', 2024, '2025-02-01T00:00:00.000Z'),
    {
      ...claim('c4', '1', 'training', 2025, '2025-04-01T00:00:00.000Z'),
      status: 'unit_approved' as const,
    },
  ];
  const evaluations = new Map([
    ['c1', evaluation('c1', 'approve')],
    ['c2', evaluation('c2', 'reject', ['DUPLICATE_OUTCOME'])],
    ['c3', evaluation('c3', 'approve', ['DAILY_CAP'])],
  ]);
  return {
    claims,
    staff,
    staffById: new Map(staff.map((s) => [s.id, s])),
    claimsByStaff: new Map(),
    evaluations,
    decisions: new Map(decisions.map((d) => [d.payload.target.id, d])),
    rulebook: 'weihai-2022',
    loading: false,
    version: 1,
  };
}

const decision = (state: DecisionDoc['state']): DecisionDoc => ({
  decisionId: 'd1',
  payload: {
    decisionId: 'd1',
    target: { kind: 'claim', id: 'c1' },
    baseRevision: 1,
    outcome: 'approve',
    reviewerName: '审核员',
    decidedAt: time,
    creditedHours: { public: 0, professional: 8 },
  },
  staffId: '1',
  staffName: '张伟',
  title: '项目c1',
  category: 'training',
  claimedHours: 8,
  integrityMark: false,
  createdAt: time,
  state,
});

describe('inbox', () => {
  it('lists pending claims and pending registrations only', () => {
    const keys = buildInbox(snapshot())
      .map((item) => item.key)
      .sort();
    expect(keys).toEqual(['c1', 'c2', 'c3', 'registration:3']);
  });

  it('filters by department, finding and search text, and sorts by submission time', () => {
    const items = buildInbox(snapshot());
    expect(
      filterInbox(items, { decided: 'all', department: '外科' }, 'submittedAt').map((i) => i.key),
    ).toEqual(['c2', 'c3', 'registration:3']);
    expect(
      filterInbox(items, { decided: 'all', finding: 'DAILY_CAP' }, 'submittedAt').map((i) => i.key),
    ).toEqual(['c3']);
    expect(
      filterInbox(items, { decided: 'all', search: '张伟' }, 'submittedAt').map((i) => i.key),
    ).toEqual(['c1']);
    expect(
      filterInbox(items, { decided: 'all', search: '370602198001010' }, 'submittedAt'),
    ).toHaveLength(4);
  });

  it('moves a claim out of the undecided list when it is decided locally, back when the platform refuses it', () => {
    const pending = filterInbox(
      buildInbox(snapshot([decision('pending')])),
      { decided: 'undecided' },
      'submittedAt',
    );
    expect(pending.map((i) => i.key)).not.toContain('c1');
    const refused = filterInbox(
      buildInbox(snapshot([decision('conflict')])),
      { decided: 'undecided' },
      'submittedAt',
    );
    expect(refused.map((i) => i.key)).toContain('c1');
  });

  it('clears every facet at once and keeps the search and 未审 / 本机已审 / 全部', () => {
    const filter = {
      decided: 'all',
      year: 2025,
      category: 'competition',
      department: '内科',
      suggestion: 'approve',
      finding: 'EVIDENCE_NAME_MISMATCH',
      search: '张',
    } as const;
    expect(hasFacets(filter)).toBe(true);
    expect(withoutFacets(filter)).toEqual({ decided: 'all', search: '张' });
    expect(hasFacets(withoutFacets(filter))).toBe(false);
    expect(hasFacets({ decided: 'undecided', search: '张' })).toBe(false);
  });

  it('counts each filter choice given the other filters', () => {
    const counts = facetCounts(buildInbox(snapshot()), { decided: 'all', department: '外科' });
    expect(counts.department.get('内科')).toBe(1);
    expect(counts.department.get('外科')).toBe(3);
    expect(counts.category.get('training')).toBe(1);
    expect(counts.year.get(2025)).toBe(2);
    expect(counts.year.get(2024)).toBe(1);
  });

  it('counts for each choice exactly the rows that choosing it would show', () => {
    const base = snapshot([decision('pending')]);
    // A finding met twice on one claim still makes one claim to show.
    const twice = evaluation('c3', 'approve', ['DAILY_CAP', 'DAILY_CAP']);
    const items = buildInbox({
      ...base,
      evaluations: new Map([...base.evaluations, ['c3', twice]]),
    });
    const facets = ['year', 'category', 'department', 'suggestion', 'finding'] as const;
    const choices = {
      year: items.map((i) => i.year),
      category: items.map((i) => i.category),
      department: items.map((i) => i.department),
      suggestion: items.map((i) => i.suggestion),
      finding: items.flatMap((i) => i.findingCodes),
    };
    const filters: InboxFilter[] = [
      { decided: 'all' },
      { decided: 'undecided' },
      { decided: 'all', department: '外科', category: 'training' },
      { decided: 'undecided', year: 2025, search: '项目' },
      { decided: 'all', search: '没有这个' },
      { decided: 'all', finding: 'DAILY_CAP' },
      { decided: 'all', finding: 'DAILY_CAP', department: '内科' },
    ];
    for (const filter of filters) {
      const counts = facetCounts(items, filter);
      for (const facet of facets) {
        for (const choice of new Set<string | number>(choices[facet])) {
          const shown = filterInbox(items, { ...filter, [facet]: choice }, 'submittedAt');
          const counted = (counts[facet] as ReadonlyMap<string | number, number>).get(choice);
          expect([facet, choice, counted ?? 0]).toEqual([facet, choice, shown.length]);
        }
      }
    }
  });
});
