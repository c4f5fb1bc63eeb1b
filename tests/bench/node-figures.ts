import { performance } from 'node:perf_hooks';
import { yearBank } from '../../shared/bank/index.ts';
import type { Checkpoint, Claim, Staff, Unit } from '../../shared/contract/index.ts';
import { evaluateAll } from '../../shared/rules/index.ts';
import { buildRoster } from '../../shared/sheets/export-roster.ts';
import { createApiClient } from '../../renderer/src/data/sync/api-client.ts';

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** A figure measured more than once: its median, and the spread the machine's load gave it. */
export interface Sampled {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function sampled(values: readonly number[]): Sampled {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.length,
  };
}

export async function timed<T>(run: () => Promise<T> | T): Promise<[number, T]> {
  const started = performance.now();
  const value = await run();
  return [performance.now() - started, value];
}

/** The unit as the platform holds it, read through the contract. */
export async function readUnit(baseUrl: string, account: string, password: string) {
  let token: string | null = null;
  const client = createApiClient({ baseUrl, token: () => token });
  const session = await client.login(account, password);
  if (!session.ok) throw new Error('bench sign-in failed');
  token = session.value.token;
  const unit: Unit = session.value.unit;
  const read = async <T>(collection: 'staff' | 'claims'): Promise<T[]> => {
    const out: T[] = [];
    let checkpoint: Checkpoint | undefined;
    for (;;) {
      const page = await client.pull(unit.id, collection, checkpoint, 1000);
      if (!page.ok) throw new Error('bench pull failed');
      out.push(...(page.value.documents as T[]));
      checkpoint = page.value.checkpoint;
      if (page.value.documents.length < 1000) return out;
    }
  };
  return { unit, staff: await read<Staff>('staff'), claims: await read<Claim>('claims') };
}

/** The rules over every pending claim, the year bank of everyone, and the year roster export. */
export async function domainFigures(
  unit: Unit,
  staff: readonly Staff[],
  claims: readonly Claim[],
  runs: number,
) {
  const evaluate: number[] = [];
  const bank: number[] = [];
  const roster: number[] = [];
  const year = Math.max(...claims.map((c) => c.year));
  for (let run = 0; run < runs; run += 1) {
    const [evaluateMs, evaluations] = await timed(() => evaluateAll(unit.rulebook, claims));
    evaluate.push(evaluateMs / 1000);
    const [bankMs, rows] = await timed(() =>
      yearBank(unit.rulebook, year, staff, claims, { evaluations }),
    );
    bank.push(bankMs);
    const byId = new Map(staff.map((person) => [person.id, person]));
    const people = rows.flatMap((row) => {
      const person = byId.get(row.staffId);
      return person === undefined ? [] : [{ staff: person, hours: row }];
    });
    const [rosterMs] = await timed(() => buildRoster({ unit, year, people }));
    roster.push(rosterMs / 1000);
  }
  return {
    evaluate_all_s: sampled(evaluate),
    bank_all_ms: sampled(bank),
    export_roster_s: sampled(roster),
    pending_claims: claims.filter((c) => c.status === 'submitted' && !c.deleted).length,
    roster_people: staff.filter((s) => s.status === 'active' && !s.deleted).length,
  };
}
