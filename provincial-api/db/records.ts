import type {
  ChangeRequest,
  Checkpoint,
  Claim,
  Project,
  Staff,
  Transfer,
} from '../../shared/contract/index.ts';
import { isoOf, stamp } from './clock.ts';
import type { Database, Sql } from './database.ts';

/** The pulled collections, each a table of the same shape (see migrations.ts). */
export type RecordTable = 'staff' | 'claims' | 'changes' | 'transfers' | 'projects';
export type RecordDoc = Staff | Claim | ChangeRequest | Transfer | Project;

/** The columns beside `doc` a table keeps for its queries, and the document field each holds. */
const extraColumns: Record<RecordTable, readonly (readonly [string, string])[]> = {
  staff: [],
  claims: [
    ['staff_id', 'staffId'],
    ['status', 'status'],
  ],
  changes: [
    ['staff_id', 'staffId'],
    ['status', 'status'],
  ],
  transfers: [
    ['staff_id', 'staffId'],
    ['status', 'status'],
  ],
  projects: [],
};

/** A pull page as JSON text: documents go out as the database stored them, unparsed. */
export interface PageJson {
  readonly json: string;
  readonly count: number;
}

/** The unit's first-pull checkpoint: before every record. */
const origin: Checkpoint = { updatedAt: isoOf(0), id: '' };

/**
 * One page of a unit's records after a checkpoint ($1 unit, $2 and $3 the checkpoint's
 * updated_ms and id, $4 the limit), in (updatedAt, id) order, as one row: the documents' stored
 * text joined in SQL, the page's size and its last (updated_ms, id).
 *
 * The row comparison is an index condition of the (unit_id, updated_ms, id) index, read in
 * order, so a page reads its own rows only and costs the same however deep it is. That plan
 * needs statistics (see the migrations and the seed): without them the planner sorted all of a
 * unit's remaining records for every page. Joining in SQL rather than returning 1,000 rows, and
 * reading stored text rather than converting jsonb on every pull, each take about a third off
 * what a page costs on PGlite.
 */
export function pullPageSql(table: RecordTable): string {
  return `SELECT string_agg(doc_text, ',' ORDER BY updated_ms, id) AS docs, count(*)::int AS count,
                 (array_agg(id ORDER BY updated_ms, id))[count(*)::int] AS id,
                 max(updated_ms)::float8 AS ms
            FROM (SELECT doc_text, id, updated_ms FROM ${table}
                   WHERE unit_id = $1 AND (updated_ms, id) > ($2::bigint, $3::text)
                   ORDER BY updated_ms, id LIMIT $4) page`;
}

/** One page of a unit's records after `after` (the first page when undefined), as JSON text. */
export async function pullPage(
  db: Database,
  table: RecordTable,
  unitId: string,
  after: Checkpoint | undefined,
  limit: number,
): Promise<PageJson> {
  const from = after ?? origin;
  const [page] = await db.query<{
    docs: string | null;
    count: number;
    id: string | null;
    ms: number | null;
  }>(pullPageSql(table), [unitId, Date.parse(from.updatedAt), from.id, limit]);
  const checkpoint: Checkpoint =
    page === undefined || page.id === null || page.ms === null
      ? from
      : { updatedAt: isoOf(page.ms), id: page.id };
  return {
    json: `{"documents":[${page?.docs ?? ''}],"checkpoint":${JSON.stringify(checkpoint)}}`,
    count: page?.count ?? 0,
  };
}

/**
 * Locks and reads records inside a writer's transaction (after it has stamped), keyed by id;
 * ids that name no record are absent. Locked in id order, so two writers never wait on each
 * other crosswise.
 */
export async function readForUpdate<T extends RecordDoc>(
  tx: Sql,
  table: RecordTable,
  ids: readonly string[],
): Promise<Map<string, T>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.query<{ doc: T }>(
    `SELECT doc FROM ${table} WHERE id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb)))
      ORDER BY id FOR UPDATE`,
    [JSON.stringify(ids)],
  );
  return new Map(rows.map((row) => [row.doc.id, row.doc]));
}

/** The next revision of a changed record: revision + 1 and updatedAt = the stamp. */
export function nextRevision<T extends RecordDoc>(changed: T, stampMs: number): T {
  return { ...changed, revision: changed.revision + 1, updatedAt: isoOf(stampMs) };
}

/** Writes new revisions (made by nextRevision, each stamped) in one statement. */
export async function writeRevisions(
  tx: Sql,
  table: RecordTable,
  docs: readonly RecordDoc[],
): Promise<void> {
  if (docs.length === 0) return;
  const extra = extraColumns[table].map(([column, field]) => `, ${column} = x->1->>'${field}'`);
  await tx.query(
    `UPDATE ${table} AS t
        SET updated_ms = (x->>0)::bigint, revision = (x->1->>'revision')::int, doc = x->1
            ${extra.join('')}
       FROM jsonb_array_elements($1::jsonb) AS x
      WHERE t.id = x->1->>'id'`,
    [JSON.stringify(docs.map((doc) => [Date.parse(doc.updatedAt), doc]))],
  );
}

/** Inserts new records (each with its stamp in `updatedAt`) in one statement. */
export async function insertRecords(
  tx: Sql,
  table: RecordTable,
  docs: readonly RecordDoc[],
): Promise<void> {
  if (docs.length === 0) return;
  const columns = extraColumns[table].map(([column]) => `, ${column}`).join('');
  const values = extraColumns[table].map(([, field]) => `, x->1->>'${field}'`).join('');
  await tx.query(
    `INSERT INTO ${table} (id, unit_id, updated_ms, revision, doc${columns})
     SELECT x->1->>'id', x->1->>'unitId', (x->>0)::bigint, (x->1->>'revision')::int, x->1${values}
       FROM jsonb_array_elements($1::jsonb) AS x`,
    [JSON.stringify(docs.map((doc) => [Date.parse(doc.updatedAt), doc]))],
  );
}

/** A new record, stamped and inserted in its own transaction (the simulator's requests). */
export function createRecord<T extends RecordDoc>(
  db: Database,
  table: RecordTable,
  nowMs: number,
  make: (stampedAt: string) => T,
): Promise<T> {
  return db.transaction(async (tx) => {
    const doc = make(isoOf(await stamp(tx, nowMs)));
    await insertRecords(tx, table, [doc]);
    return doc;
  });
}

/**
 * The simulator's and seeder's way to change a record: stamp, read, change, write, in one
 * transaction. `change` answers undefined to leave the record as it is.
 */
export function mutateRecord<T extends RecordDoc>(
  db: Database,
  table: RecordTable,
  id: string,
  nowMs: number,
  change: (current: T) => T | undefined,
): Promise<T | undefined> {
  return db.transaction(async (tx) => {
    const stampMs = await stamp(tx, nowMs);
    const current = (await readForUpdate<T>(tx, table, [id])).get(id);
    if (current === undefined) return undefined;
    const changed = change(current);
    if (changed === undefined) return undefined;
    const next = nextRevision(changed, stampMs);
    await writeRevisions(tx, table, [next]);
    return next;
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
