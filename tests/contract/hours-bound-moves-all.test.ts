import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HoursInput } from '../../renderer/src/features/inbox/hours-input.tsx';
import { decisionProblem } from '#shared/contract/index.ts';
import {
  openClient,
  startSeededServer,
  type ClientFixture,
  type ServerFixture,
} from '../integration/client-fixture.ts';

// The contract's hours bound, moved from 2000 to 100 for this file only: the server, the
// client's outbox and the decision form must all follow the one constant.
vi.mock('../../shared/contract/bounds.ts', () => ({ maxCreditedHours: 100 }));

const over = { public: 150, professional: 0 };
const within = { public: 50, professional: 0 };

describe('the contract hours bound has one home', () => {
  let server: ServerFixture;
  let client: ClientFixture;

  beforeAll(async () => {
    server = await startSeededServer({ staff: 2, claims: 4 });
    client = await openClient(server, { fetchEvidence: false });
    await client.signIn();
  });
  afterAll(async () => {
    await client.close();
    await server.close();
  });

  it('moves the shared rule', () => {
    expect(decisionProblem({ targetKind: 'claim', outcome: 'approve', creditedHours: over })).toBe(
      '认定学时必须在 0 到 100 之间。',
    );
  });

  it('moves the server: 150 hours is an invalid decision, 50 is judged on its target', async () => {
    const decision = (creditedHours: typeof over) => ({
      decisionId: crypto.randomUUID(),
      target: { kind: 'claim' as const, id: 'no-such-claim' },
      baseRevision: 1,
      outcome: 'approve' as const,
      creditedHours,
      reviewerName: '测试审核员',
      decidedAt: new Date().toISOString(),
    });
    const first = decision(over);
    const second = decision(within);
    const pushed = await client.client.push(server.account.unitId, [first, second]);
    expect(pushed).toEqual({
      ok: true,
      // Each result is read on its own (api-client.ts readResult).
      value: [
        {
          ok: true,
          value: {
            decisionId: first.decisionId,
            status: 'invalid',
            detail: '认定学时必须在 0 到 100 之间。',
          },
        },
        // Within the bound, so the server goes on to look for the claim.
        {
          ok: true,
          value: {
            decisionId: second.decisionId,
            status: 'invalid',
            detail: '本单位没有编号为 no-such-claim 的学时申报。',
          },
        },
      ],
    });
  });

  it('moves the client: the outbox refuses 150 hours before anything is stored', async () => {
    const made = await client.outbox.decideClaim({
      claim: {
        id: 'c-1',
        revision: 1,
        staffId: 's-1',
        title: '继续教育培训',
        category: 'training',
        claimedHours: 150,
      },
      staffName: '测试人员',
      outcome: 'approve',
      creditedHours: over,
      reviewerName: '测试审核员',
    });
    expect(made).toEqual({
      ok: false,
      error: { code: 'validation', message: '认定学时必须在 0 到 100 之间。' },
    });
  });

  it('moves the form: the hours box allows up to 100 and marks 150 wrong', () => {
    const box = (value: number) =>
      renderToStaticMarkup(
        createElement(HoursInput, { label: '公需学时', value, onChange: () => {} }),
      );
    expect(box(150)).toContain('max="100"');
    expect(box(150)).toContain('aria-invalid="true"');
    expect(box(150)).toContain('title="须为 0 到 100 之间的数字"');
    expect(box(50)).toContain('aria-invalid="false"');
  });
});
