import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../shared/util/seeded-random.ts';
import {
  openClient,
  startSeededServer,
  type ClientFixture,
  type ServerFixture,
} from './client-fixture.ts';
import { serverDecisions } from './server-view.ts';

const schedules = Number(process.env['CE_FAULT_SCHEDULES'] ?? 200);
const replicaName = 'fault-schedules';

describe('sync under randomised fault schedules', () => {
  let fixture: ServerFixture;
  let local: ClientFixture;
  const made = new Set<string>();
  let seeded = new Set<string>();
  let queue: {
    id: string;
    revision: number;
    staffId: string;
    title: string;
    category: string;
    claimedHours: number;
  }[] = [];

  beforeAll(async () => {
    fixture = await startSeededServer({ staff: 60, claims: 1600 });
    local = await openClient(fixture, { name: replicaName, pageSize: 500, fetchEvidence: false });
    await local.signIn();
    const started = Date.now();
    expect(await local.engine.syncNow()).toEqual({
      ok: true,
      value: {
        pushed: { applied: 0, conflicts: 0, invalid: 0, heldBack: 0 },
        staff: 60,
        claims: 1600,
        skipped: 0,
      },
    });
    console.log(`initial sync of the fault-schedule replica: ${Date.now() - started} ms`);
    seeded = new Set((await serverDecisions(fixture)).decisionIds);
    const submitted = await local.db.claims.find({ selector: { status: 'submitted' } }).exec();
    queue = submitted.map((c) => ({
      id: c.id,
      revision: c.revision,
      staffId: c.staffId,
      title: c.title,
      category: c.category,
      claimedHours: c.claimedHours,
    }));
  }, 300_000);

  afterAll(async () => {
    await local.close();
    await fixture.close();
  });

  async function setFaults(body: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${fixture.server.url}/__faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
  }

  /**
   * Signs in again; when even twenty tries all meet injected faults (a schedule can fail nine
   * requests in ten), the outage ends, as it does for a reviewer who waits and types again.
   */
  async function signInThroughFaults(): Promise<void> {
    try {
      await local.signIn();
    } catch {
      fixture.server.faults.clear();
      await local.signIn();
    }
  }

  async function reload(): Promise<void> {
    await local.close().catch(() => undefined);
    local = await openClient(fixture, { name: replicaName, pageSize: 500, fetchEvidence: false });
    await signInThroughFaults();
  }

  it(`ends every one of ${schedules} schedules with the server holding exactly the reviewer's decisions`, async () => {
    expect(queue.length).toBeGreaterThanOrEqual(schedules * 2);
    // Seeded, so a failing schedule can be replayed from its number.
    const { next: random } = createRandom(20261121);
    for (let n = 0; n < schedules; n += 1) {
      const decisions = 1 + Math.floor(random() * 3);
      for (let i = 0; i < decisions; i += 1) {
        const claim = queue.shift();
        if (claim === undefined) throw new Error('ran out of submitted claims');
        const roll = random();
        const outcome = roll < 0.6 ? 'approve' : roll < 0.8 ? 'return' : 'reject';
        const result = await local.outbox.decideClaim({
          claim,
          staffName: '测试',
          outcome,
          ...(outcome === 'approve'
            ? { creditedHours: { public: 0, professional: Math.min(claim.claimedHours, 8) } }
            : { reason: '材料不完整' }),
          reviewerName: '审核员',
        });
        if (!result.ok) throw new Error(`schedule ${n}: ${result.error.message}`);
        made.add(result.value.decisionId);
      }
      await setFaults({
        errorRate: { '500': random() * 0.3, '503': random() * 0.3, '429': random() * 0.3 },
        resetRate: random() * 0.3,
        retryAfterSeconds: 1,
        ...(random() < 0.3 ? { expireTokensNow: true } : {}),
      });
      const event = random();
      if (event < 0.15) {
        // The server dies while the batch is in flight, and comes back.
        const syncing = local.engine.syncNow().catch(() => undefined);
        await fixture.restart();
        await syncing;
      } else if (event < 0.3) {
        // The page reloads while the batch is in flight.
        const syncing = local.engine.syncNow().catch(() => undefined);
        await reload();
        await syncing;
      }
      for (let attempt = 0; ; attempt += 1) {
        if (attempt === 4) fixture.server.faults.clear();
        if (attempt > 12) throw new Error(`schedule ${n} did not converge`);
        const outcome = await local.engine
          .syncNow()
          .catch((error: unknown) => ({ ok: false as const, error }));
        if (outcome.ok) break;
        if ((outcome.error as { reason?: string }).reason === 'sign-in')
          await signInThroughFaults();
      }
      const pending = await local.db.decisions.count({ selector: { state: 'pending' } }).exec();
      expect(pending, `schedule ${n}`).toBe(0);
      const view = await serverDecisions(fixture);
      const ours = view.decisionIds.filter((id) => !seeded.has(id));
      expect(new Set(ours).size, `schedule ${n}: no decision twice`).toBe(ours.length);
      expect(ours.sort(), `schedule ${n}: exactly the reviewer's`).toEqual([...made].sort());
    }
  }, 1_200_000);
});
