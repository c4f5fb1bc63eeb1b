import type { Sql } from './database.ts';

/**
 * The server clock: max(now, last + 1 ms), persisted, so it never goes backwards and every
 * change gets its own instant.
 *
 * Why the stamp is taken by an UPDATE of the single clock row inside the writer's transaction:
 * the row lock is held until that transaction commits, so writers are serialized and commit in
 * stamp order. A pull therefore never sees a later stamp committed while an earlier one is still
 * pending (which would let a page's checkpoint pass a record that commits afterwards). Every
 * write to staff or claims must stamp first, before it reads what it is about to change.
 */
export async function stamp(tx: Sql, nowMs: number, count = 1): Promise<number> {
  const rows = await tx.query<{ ms: number }>(
    'UPDATE server_clock SET last_ms = GREATEST(last_ms + 1, $1::bigint) + $2::bigint - 1 WHERE id = 1 RETURNING last_ms::float8 AS ms',
    [Math.floor(nowMs), count],
  );
  const last = rows[0]?.ms;
  if (last === undefined) throw new Error('server_clock row missing');
  return last - count + 1;
}

/**
 * Moves the clock on to `lastMs`, an instant its holder handed out after its stamp (a batch
 * stamps once, then takes the instants that follow while it holds the row lock).
 */
export async function advanceClock(tx: Sql, lastMs: number): Promise<void> {
  await tx.query('UPDATE server_clock SET last_ms = GREATEST(last_ms, $1::bigint) WHERE id = 1', [
    lastMs,
  ]);
}

export function isoOf(ms: number): string {
  return new Date(ms).toISOString();
}
