import type { Claim, Staff } from '../../shared/contract/index.ts';
import type { Database } from '../db/database.ts';
import { mutateRecord } from '../db/records.ts';
import { createRandom, type Random } from '../seed/random.ts';

export interface SimulatorOptions {
  readonly unitId: string;
  /** Claimant actions per second (default 5). */
  readonly ratePerSecond?: number;
  readonly randomSeed?: number;
  readonly now?: () => number;
}

export interface SimulatorStats {
  edited: number;
  withdrawn: number;
  removed: number;
  resubmitted: number;
  staffEdited: number;
}

export interface RunningSimulator {
  readonly stats: Readonly<SimulatorStats>;
  /** One action now, whatever the rate (tests use it to change records on cue). */
  step(): Promise<void>;
  /** Stops and waits for the action in flight. */
  stop(): Promise<void>;
}

/**
 * What a claimant does to one claim: edit or withdraw a submitted one, resubmit a returned one,
 * now and then remove a withdrawn one (a tombstone). Answers undefined when the claim is in no
 * state a claimant can act on.
 */
export function claimantAction(
  r: Random,
  claim: Claim,
): { kind: keyof SimulatorStats; next: Claim } | undefined {
  if (claim.deleted) return undefined;
  if (claim.status === 'returned')
    return { kind: 'resubmitted', next: { ...claim, status: 'submitted' } };
  if (claim.status === 'withdrawn') {
    return r.chance(0.3) ? { kind: 'removed', next: { ...claim, deleted: true } } : undefined;
  }
  if (claim.status !== 'submitted') return undefined;
  if (r.chance(0.25)) return { kind: 'withdrawn', next: { ...claim, status: 'withdrawn' } };
  const claimedHours = Math.max(1, Math.min(2000, claim.claimedHours + r.pick([-2, -1, 1, 2, 4])));
  return {
    kind: 'edited',
    next: {
      ...claim,
      claimedHours,
      title: claim.title.replace(/（修改\d*）$/, '') + `（修改${claim.revision}）`,
    },
  };
}

/**
 * A claimant crowd that keeps changing the unit's claims (and now and then a phone number) through
 * the same stamped, transactional writes as the server, so conflicts and mid-pull changes are real.
 */
export async function startSimulator(
  db: Database,
  options: SimulatorOptions,
): Promise<RunningSimulator> {
  const r = createRandom(options.randomSeed ?? Date.now());
  const now = options.now ?? Date.now;
  // In id order: a seeded simulator then picks the same records whatever plan the database chose.
  const claimIds = (
    await db.query<{ id: string }>('SELECT id FROM claims WHERE unit_id = $1 ORDER BY id', [
      options.unitId,
    ])
  ).map((row) => row.id);
  const staffIds = (
    await db.query<{ id: string }>('SELECT id FROM staff WHERE unit_id = $1 ORDER BY id', [
      options.unitId,
    ])
  ).map((row) => row.id);
  const stats: SimulatorStats = {
    edited: 0,
    withdrawn: 0,
    removed: 0,
    resubmitted: 0,
    staffEdited: 0,
  };
  let inFlight: Promise<void> = Promise.resolve();
  let isStopped = false;
  let pending = 0;

  const act = async (): Promise<void> => {
    if (staffIds.length > 0 && r.chance(0.1)) {
      const changed = await mutateRecord<Staff>(db, 'staff', r.pick(staffIds), now(), (staff) =>
        staff.deleted
          ? undefined
          : { ...staff, phone: `139${String(r.int(0, 99_999_999)).padStart(8, '0')}` },
      );
      if (changed !== undefined) stats.staffEdited++;
      return;
    }
    // A few tries find an actionable claim among mostly-decided ones.
    for (let attempt = 0; attempt < 5 && claimIds.length > 0; attempt++) {
      let kind: keyof SimulatorStats | undefined;
      const changed = await mutateRecord<Claim>(db, 'claims', r.pick(claimIds), now(), (claim) => {
        const action = claimantAction(r, claim);
        kind = action?.kind;
        return action?.next;
      });
      if (changed !== undefined && kind !== undefined) {
        stats[kind]++;
        return;
      }
    }
  };
  const step = () => {
    pending++;
    inFlight = inFlight.then(act, act).finally(() => {
      pending--;
    });
    return inFlight;
  };
  const rate = options.ratePerSecond ?? 5;
  const timer =
    rate > 0
      ? setInterval(() => {
          // A slow database is not flooded: a tick is skipped while an action is still running.
          if (!isStopped && pending === 0) void step().catch(() => undefined);
        }, 1000 / rate)
      : undefined;
  return {
    stats,
    step,
    async stop() {
      isStopped = true;
      if (timer !== undefined) clearInterval(timer);
      await inFlight.catch(() => undefined);
    },
  };
}
