import type { Database } from './database.ts';

/**
 * The schema, as ordered migrations: the embedded database and PostgreSQL run the same text.
 * Documents are kept whole in `doc` (the contract's JSON); the columns beside them exist for
 * indexes, locking and pull pages (`doc_text`). Ids sort in "C" collation so (updatedAt, id)
 * order is the same everywhere.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE server_clock (id int PRIMARY KEY CHECK (id = 1), last_ms bigint NOT NULL);
  INSERT INTO server_clock VALUES (1, 0);
  CREATE TABLE units (id text COLLATE "C" PRIMARY KEY, doc jsonb NOT NULL);
  CREATE TABLE accounts (
    account text PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL REFERENCES units (id),
    admin_id text NOT NULL,
    admin_name text NOT NULL,
    password_hash text NOT NULL,
    must_change boolean NOT NULL
  );
  CREATE TABLE login_failures (account text NOT NULL, at_ms bigint NOT NULL);
  CREATE INDEX login_failures_account ON login_failures (account, at_ms);
  CREATE TABLE sessions (
    token_hash text PRIMARY KEY,
    account text NOT NULL REFERENCES accounts (account),
    unit_id text COLLATE "C" NOT NULL,
    expires_ms bigint NOT NULL
  );
  CREATE TABLE staff (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    updated_ms bigint NOT NULL,
    revision int NOT NULL,
    doc jsonb NOT NULL
  );
  CREATE INDEX staff_pull ON staff (unit_id, updated_ms, id);
  CREATE TABLE claims (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    staff_id text COLLATE "C" NOT NULL,
    status text NOT NULL,
    updated_ms bigint NOT NULL,
    revision int NOT NULL,
    doc jsonb NOT NULL
  );
  CREATE INDEX claims_pull ON claims (unit_id, updated_ms, id);
  CREATE TABLE blobs (sha256 text PRIMARY KEY, bytes bytea NOT NULL);
  CREATE TABLE attachments (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    claim_id text COLLATE "C" NOT NULL,
    file_name text NOT NULL,
    mime_type text NOT NULL,
    sha256 text NOT NULL REFERENCES blobs (sha256)
  );
  CREATE TABLE decisions (
    decision_id text PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    content text NOT NULL,
    applied_ms bigint NOT NULL
  );
  `,
  // Each document's text beside it, computed by PostgreSQL on every write so it cannot drift
  // from `doc`: a pull page joins stored text instead of converting 1,000 jsonb values. And
  // statistics, which PGlite never gathers by itself (no autovacuum): without them the planner
  // guessed a unit had a few hundred records and sorted all of them for every pull page.
  `
  ALTER TABLE staff ADD COLUMN doc_text text GENERATED ALWAYS AS (doc::text) STORED;
  ALTER TABLE claims ADD COLUMN doc_text text GENERATED ALWAYS AS (doc::text) STORED;
  ANALYZE staff;
  ANALYZE claims;
  `,
  // A login attempt is counted before its password is checked, and uncounted when it proves
  // right, so parallel attempts cannot all pass the lockout check first (db/accounts.ts).
  `
  ALTER TABLE login_failures ADD COLUMN attempt text;
  `,
  // Contract 1.1: change requests and transfers, pulled like staff and claims. An attachment
  // belongs to a claim, a change request or a transfer: its owner. Staff are found by 身份证号
  // when a change must keep it unique and when a transfer in reactivates a record.
  `
  CREATE TABLE changes (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    staff_id text COLLATE "C" NOT NULL,
    status text NOT NULL,
    updated_ms bigint NOT NULL,
    revision int NOT NULL,
    doc jsonb NOT NULL,
    doc_text text GENERATED ALWAYS AS (doc::text) STORED
  );
  CREATE INDEX changes_pull ON changes (unit_id, updated_ms, id);
  CREATE TABLE transfers (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    staff_id text COLLATE "C",
    status text NOT NULL,
    updated_ms bigint NOT NULL,
    revision int NOT NULL,
    doc jsonb NOT NULL,
    doc_text text GENERATED ALWAYS AS (doc::text) STORED
  );
  CREATE INDEX transfers_pull ON transfers (unit_id, updated_ms, id);
  ALTER TABLE attachments RENAME COLUMN claim_id TO owner_id;
  CREATE INDEX staff_id_number ON staff ((doc->>'idNumber'));
  `,
  // Contract 1.1: training projects (pulled like the rest) and the attendance filed for them,
  // kept whole with its answer so the same attendanceId answers the same again.
  `
  CREATE TABLE projects (
    id text COLLATE "C" PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    updated_ms bigint NOT NULL,
    revision int NOT NULL,
    doc jsonb NOT NULL,
    doc_text text GENERATED ALWAYS AS (doc::text) STORED
  );
  CREATE INDEX projects_pull ON projects (unit_id, updated_ms, id);
  CREATE TABLE attendance (
    attendance_id text PRIMARY KEY,
    unit_id text COLLATE "C" NOT NULL,
    project_id text COLLATE "C" NOT NULL,
    content text NOT NULL,
    answer jsonb NOT NULL
  );
  CREATE INDEX claims_project ON claims ((doc->'details'->>'projectId'));
  `,
];

/** The migrations of contract 1.0's schema: a database kept from then has exactly these. */
export const contract10Migrations = 2;

/** The schema's version once migrated: a kept database older than this is migrated forward. */
export const schemaVersion = migrations.length;

/** Brings the schema up to date; safe to call on every start and from several processes. */
export function migrate(db: Database): Promise<void> {
  return runMigrations(db, migrations);
}

/**
 * Runs the migrations `db` has not had yet, each whole, in one transaction. Exported for the
 * test that a statement with a `;` inside a string literal migrates.
 */
export async function runMigrations(db: Database, scripts: readonly string[]): Promise<void> {
  await db.transaction(async (tx) => {
    // One migrator at a time on PostgreSQL; PGlite is single-connection anyway.
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock(878787)');
    await tx.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version int PRIMARY KEY, applied_ms bigint NOT NULL)',
    );
    const rows = await tx.query<{ v: number | null }>(
      'SELECT max(version)::int AS v FROM schema_migrations',
    );
    const current = rows[0]?.v ?? 0;
    for (let version = current + 1; version <= scripts.length; version++) {
      await tx.exec(scripts[version - 1] ?? '');
      await tx.query('INSERT INTO schema_migrations VALUES ($1, $2)', [version, Date.now()]);
    }
  });
}
