import type { ChangeRequest, Claim, Staff, Transfer } from '../../shared/contract/index.ts';
import type { Database } from '../db/database.ts';
import { createRecord, mutateRecord } from '../db/records.ts';
import { createRandom, type Random } from '../seed/random.ts';
import { newChange, newTransferOut, requestAction, type RequestActionKind } from './requests.ts';

export interface SimulatorOptions {
  readonly unitId: string;
  /** Claimant actions per second (default 5). */
  readonly ratePerSecond?: number;
  readonly randomSeed?: number;
  readonly now?: () => number;
}

export type SimulatorStats = Record<
  'edited' | 'withdrawn' | 'removed' | 'resubmitted' | 'staffEdited' | RequestActionKind,
  number
>;

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
): { kind: 'resubmitted' | 'removed' | 'withdrawn' | 'edited'; next: Claim } | undefined {
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
 * A claimant crowd that keeps changing the unit's claims (and now and then a phone number, a
 * change request or a transfer) through the same stamped, transactional writes as the server, so
 * conflicts and mid-pull changes are real.
 */
export async function startSimulator(
  db: Database,
  options: SimulatorOptions,
): Promise<RunningSimulator> {
  const seed = options.randomSeed ?? Date.now();
  const r = createRandom(seed);
  // Requests draw from their own stream, so a seed's claim and staff actions stay as they were.
  const requestRandom = createRandom(seed + 1);
  const now = options.now ?? Date.now;
  // In id order: a seeded simulator then picks the same records whatever plan the database chose.
  const claimIds = (
    await db.query<{ id: string }>('SELECT id FROM claims WHERE unit_id = $1 ORDER BY id', [
      options.unitId,
    ])
  ).map((row) => row.id);
  const idsOf = async (table: 'staff' | 'changes' | 'transfers') =>
    (
      await db.query<{ id: string }>(`SELECT id FROM ${table} WHERE unit_id = $1 ORDER BY id`, [
        options.unitId,
      ])
    ).map((row) => row.id);
  const staffIds = await idsOf('staff');
  const requestIds = { changes: await idsOf('changes'), transfers: await idsOf('transfers') };
  const stats: SimulatorStats = {
    edited: 0,
    withdrawn: 0,
    removed: 0,
    resubmitted: 0,
    staffEdited: 0,
    changeMade: 0,
    changeEdited: 0,
    changeWithdrawn: 0,
    transferMade: 0,
    transferEdited: 0,
    transferWithdrawn: 0,
  };
  let made = 0;

  /** A staff member makes a new request, or edits or withdraws one of theirs. */
  const actOnRequest = async (table: 'changes' | 'transfers'): Promise<void> => {
    const r = requestRandom;
    const known = requestIds[table];
    if (known.length === 0 || r.chance(0.4)) {
      const staffId = r.pick(staffIds);
      const [row] = await db.query<{ doc: Staff }>('SELECT doc FROM staff WHERE id = $1', [
        staffId,
      ]);
      if (row === undefined || row.doc.status !== 'active' || row.doc.deleted) return;
      const id = `${options.unitId}-${table === 'changes' ? 'R' : 'T'}S${String(Date.now() % 1e9)}${String((made += 1))}`;
      await createRecord(db, table, now(), (at) =>
        table === 'changes' ? newChange(r, row.doc, id, at) : newTransferOut(r, row.doc, id, at),
      );
      known.push(id);
      stats[table === 'changes' ? 'changeMade' : 'transferMade']++;
      return;
    }
    let kind: RequestActionKind | undefined;
    const changed = await mutateRecord<ChangeRequest | Transfer>(
      db,
      table,
      r.pick(known),
      now(),
      (doc) => {
        const action = requestAction(r, doc);
        kind = action?.kind;
        return action?.next;
      },
    );
    if (changed !== undefined && kind !== undefined) stats[kind]++;
  };
  let inFlight: Promise<void> = Promise.resolve();
  let isStopped = false;
  let pending = 0;

  const act = async (): Promise<void> => {
    if (staffIds.length > 0 && requestRandom.chance(0.1)) {
      await actOnRequest(requestRandom.chance(0.6) ? 'changes' : 'transfers');
      return;
    }
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
