import type { Checkpoint, Claim, Staff } from '../../shared/contract/index.ts';
import { isoOf, stamp } from './clock.ts';
import type { Database, Sql } from './database.ts';

export type RecordTable = 'staff' | 'claims';

/** A pull page as JSON text: documents go out as the database stored them, unparsed. */
export interface PageJson {
  readonly json: string;
  readonly count: number;
}

/** The unit's first-pull checkpoint: before every record. */
const origin: Checkpoint = { updatedAt: isoOf(0), id: '' };

/**
 * One page of a unit's records after `after`, in (updatedAt, id) order. The row comparison is
 * served by the (unit_id, updated_ms, id) index, so every page costs the same however deep.
 */
export async function pullPage(
  db: Database,
  table: RecordTable,
  unitId: string,
  after: Checkpoint | undefined,
  limit: number,
): Promise<PageJson> {
  const from = after ?? origin;
  // doc::text skips a parse and re-serialisation of every document (a page can be 1,000 claims).
  const rows = await db.query<{ doc: string; id: string; ms: number }>(
    `SELECT doc::text AS doc, id, updated_ms::float8 AS ms FROM ${table}
      WHERE unit_id = $1 AND (updated_ms, id) > ($2::bigint, $3::text)
      ORDER BY updated_ms, id LIMIT $4`,
    [unitId, Date.parse(from.updatedAt), from.id, limit],
  );
  const last = rows.at(-1);
  const checkpoint: Checkpoint =
    last === undefined ? (after ?? origin) : { updatedAt: isoOf(last.ms), id: last.id };
  return {
    json: `{"documents":[${rows.map((row) => row.doc).join(',')}],"checkpoint":${JSON.stringify(checkpoint)}}`,
    count: rows.length,
  };
}

/** Locks and reads one record inside a writer's transaction (after it has stamped). */
export async function readForUpdate<T extends Staff | Claim>(
  tx: Sql,
  table: RecordTable,
  id: string,
): Promise<T | undefined> {
  const rows = await tx.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE id = $1 FOR UPDATE`, [
    id,
  ]);
  return rows[0]?.doc;
}

/** Writes the next revision of a record: revision + 1 and updatedAt = the stamp. */
export async function writeRevision<T extends Staff | Claim>(
  tx: Sql,
  table: RecordTable,
  next: T,
  stampMs: number,
): Promise<T> {
  const doc = { ...next, revision: next.revision + 1, updatedAt: isoOf(stampMs) };
  const status = table === 'claims' ? [(doc as Claim).status] : [];
  await tx.query(
    `UPDATE ${table} SET updated_ms = $2, revision = $3, doc = $4::jsonb
       ${table === 'claims' ? ', status = $5' : ''} WHERE id = $1`,
    [doc.id, stampMs, doc.revision, JSON.stringify(doc), ...status],
  );
  return doc;
}

/**
 * The simulator's and seeder's way to change a record: stamp, read, change, write, in one
 * transaction. `change` answers undefined to leave the record as it is.
 */
export function mutateRecord<T extends Staff | Claim>(
  db: Database,
  table: RecordTable,
  id: string,
  nowMs: number,
  change: (current: T) => T | undefined,
): Promise<T | undefined> {
  return db.transaction(async (tx) => {
    const stampMs = await stamp(tx, nowMs);
    const current = await readForUpdate<T>(tx, table, id);
    if (current === undefined) return undefined;
    const next = change(current);
    return next === undefined ? undefined : writeRevision(tx, table, next, stampMs);
  });
}

export interface AttachmentFile {
  readonly unitId: string;
  readonly mimeType: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

export async function findAttachment(
  db: Database,
  id: string,
): Promise<AttachmentFile | undefined> {
  const rows = await db.query<AttachmentFile>(
    `SELECT a.unit_id AS "unitId", a.mime_type AS "mimeType", a.file_name AS "fileName",
            a.sha256, b.bytes
       FROM attachments a JOIN blobs b ON b.sha256 = a.sha256 WHERE a.id = $1`,
    [id],
  );
  return rows[0];
}
