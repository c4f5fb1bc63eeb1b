import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkpoint, Claim, Staff } from '../../shared/contract/index.ts';
import { startSimulator } from '../simulator/simulator.ts';
import { account, decision, pullAll, startHarness, type Harness } from './harness.ts';

// README "Pull (staff and claims)", line by line.
let h: Harness;
let token: string;
let unitId: string;
beforeAll(async () => {
  h = await startHarness({ units: 2, staff: 60, claims: 250 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
});
afterAll(() => h.close());

type Page<T> = { documents: T[]; checkpoint: Checkpoint };
const order = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
  a.updatedAt === b.updatedAt
    ? a.id < b.id
      ? -1
      : a.id > b.id
        ? 1
        : 0
    : a.updatedAt < b.updatedAt
      ? -1
      : 1;
const get = async <T>(path: string) => {
  const reply = await h.call('GET', path, { token });
  expect(reply.status, path).toBe(200);
  return reply.body as Page<T>;
};
const after = (c: Checkpoint) =>
  `updatedAt=${encodeURIComponent(c.updatedAt)}&id=${encodeURIComponent(c.id)}`;

describe('pull', () => {
  it('orders a page by (updatedAt, id) and returns the last record as checkpoint when pulling from the start', async () => {
    for (const kind of ['staff', 'claims']) {
      const page = await get<Staff | Claim>(`/units/${unitId}/${kind}?limit=50`);
      expect(page.documents).toHaveLength(50);
      expect([...page.documents].sort(order)).toEqual(page.documents);
      const last = page.documents.at(-1);
      expect(page.checkpoint).toEqual({ updatedAt: last?.updatedAt, id: last?.id });
      expect(page.documents.every((d) => d.unitId === unitId)).toBe(true);
    }
  });

  it('holds 200 records by default and refuses a limit outside 1–1000 or a half checkpoint with 400', async () => {
    expect((await get(`/units/${unitId}/claims`)).documents).toHaveLength(200);
    for (const query of [
      'limit=0',
      'limit=1001',
      'limit=abc',
      'updatedAt=2025-01-01T00:00:00.000Z',
      'id=x',
      'updatedAt=yesterday&id=x',
      'cursor=1',
    ]) {
      const reply = await h.call('GET', `/units/${unitId}/claims?${query}`, { token });
      expect(reply.status, query).toBe(400);
      expect(reply.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('gives every record exactly once when pulling until a page is shorter than limit', async () => {
    const staff = await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 7);
    const claims = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 33);
    expect(staff).toHaveLength(60);
    expect(claims).toHaveLength(250);
    expect(new Set(claims.map((c) => c.id)).size).toBe(250);
    expect([...claims].sort(order)).toEqual(claims);
  });

  it("answers the request's own checkpoint when the page is empty, and the same page when a pull is repeated", async () => {
    const all = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000);
    const last = all.at(-1);
    if (last === undefined) throw new Error('no claims');
    const end = { updatedAt: last.updatedAt, id: last.id };
    const empty = await get<Claim>(`/units/${unitId}/claims?${after(end)}`);
    expect(empty).toEqual({ documents: [], checkpoint: end });
    const middle = all[99];
    if (middle === undefined) throw new Error('too few claims');
    const from = { updatedAt: middle.updatedAt, id: middle.id };
    const first = await get<Claim>(`/units/${unitId}/claims?limit=20&${after(from)}`);
    expect(await get<Claim>(`/units/${unitId}/claims?limit=20&${after(from)}`)).toEqual(first);
    expect(first.documents[0]).toEqual(all[100]);
  });

  it('increments revision and moves the record after every checkpoint when a claimant changes it', async () => {
    const all = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000);
    const last = all.at(-1);
    if (last === undefined) throw new Error('no claims');
    const staffBefore = await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 1000);
    const simulator = await startSimulator(h.server.db, {
      unitId,
      ratePerSecond: 0,
      randomSeed: 3,
    });
    // One change: a step can find nothing a claimant may act on among mostly decided claims.
    const changes = () => Object.values(simulator.stats).reduce((sum, n) => sum + n, 0);
    for (let tries = 0; tries < 20 && changes() === 0; tries += 1) await simulator.step();
    await simulator.stop();
    expect(changes()).toBe(1);
    const changed = await get<Claim | Staff>(
      `/units/${unitId}/claims?${after({ updatedAt: last.updatedAt, id: last.id })}`,
    );
    const staffChanged = await get<Staff>(
      `/units/${unitId}/staff?${after({ updatedAt: last.updatedAt, id: last.id })}`,
    );
    const moved = [...changed.documents, ...staffChanged.documents];
    expect(moved).toHaveLength(1);
    const record = moved[0];
    const before = [...all, ...staffBefore].find((d) => d.id === record?.id);
    expect(record?.revision).toBe((before?.revision ?? 0) + 1);
    expect((record?.updatedAt ?? '') > last.updatedAt).toBe(true);
  });

  it('never moves the clock backwards when the wall clock does, and keeps removed records as tombstones', async () => {
    const staff = await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 1000);
    const pending = staff.find((s) => s.status === 'pending_registration' && !s.deleted);
    if (pending === undefined) throw new Error('seed has no pending registration');
    const newest = staff.reduce((max, s) => (s.updatedAt > max ? s.updatedAt : max), '');
    h.shiftClock(-3600_000);
    try {
      const push = await h.call('POST', `/units/${unitId}/decisions`, {
        token,
        body: {
          decisions: [
            decision({
              target: { kind: 'registration', id: pending.id },
              baseRevision: pending.revision,
              outcome: 'reject',
              reason: '非本单位人员',
            }),
          ],
        },
      });
      expect((push.body as { results: { status: string }[] }).results[0]?.status).toBe('applied');
    } finally {
      h.shiftClock(3600_000);
    }
    const tail = await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 1000);
    const tombstone = tail.find((s) => s.id === pending.id);
    expect(tombstone?.deleted).toBe(true);
    expect(tombstone?.revision).toBe(pending.revision + 1);
    expect((tombstone?.updatedAt ?? '') > newest).toBe(true);
    expect(tail).toHaveLength(staff.length);
  });
});
