import type { Claim, RulebookId, Unit } from '../../shared/contract/index.ts';
import { isoOf, stamp } from '../db/clock.ts';
import type { Database, Sql } from '../db/database.ts';
import { initialPasswordOf } from '../../shared/contract/index.ts';
import { hashPassword } from '../db/passwords.ts';
import { migrate } from '../db/migrations.ts';
import { insertRecords, type RecordDoc } from '../db/records.ts';
import { openMigrated } from '../db/open.ts';
import { unitTemplates } from './catalog.ts';
import { duplicateClaim, makeClaim, type AttachmentRow } from './claims.ts';
import { certifyEvidence, type EvidenceTruth } from './evidence.ts';
import { evidenceFiles, insertBlobs } from './files.ts';
import { makeCreditCode } from './ids.ts';
import { makeStaff, personIdNumber, personName } from './people.ts';
import { createRandom } from './random.ts';
import { completionClaims, keepShort, planCompletion } from './completion.ts';
import { makeProjects } from './projects.ts';
import { makeRequests } from './requests.ts';

export interface SeedOptions {
  /** Seed into this open database; otherwise open `dataDir` / `databaseUrl` and close it after. */
  readonly db?: Database;
  readonly dataDir?: string;
  readonly databaseUrl?: string;
  readonly units?: number;
  /** Staff per unit. */
  readonly staff?: number;
  /** Claims per unit. */
  readonly claims?: number;
  /** Seed of the generator: the same seed gives the same people and claims. */
  readonly randomSeed?: number;
  readonly now?: () => number;
  /** Hears each unit's evidence truth (which certificates disagree or are reused), for tests. */
  readonly onEvidence?: (unitId: string, truth: readonly EvidenceTruth[]) => void;
}

export interface SeededAccount {
  readonly unitId: string;
  readonly unitName: string;
  readonly account: string;
  /** The initial password (the account's last six characters). */
  readonly password: string;
  readonly adminName: string;
  readonly rulebook: RulebookId;
}

export const demoDefaults = { units: 1, staff: 300, claims: 1500 } as const;
const chunkSize = 2000;

/** Inserts documents in chunks; each chunk is one transaction stamped once by the server clock. */
export async function insertChunked<T extends Omit<RecordDoc, 'updatedAt'>>(
  db: Database,
  rows: readonly T[],
  now: () => number,
  write: (tx: Sql, docs: (T & { updatedAt: string })[]) => Promise<void>,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    await db.transaction(async (tx) => {
      const stampMs = await stamp(tx, now());
      const docs = rows
        .slice(start, start + chunkSize)
        .map((row) => ({ ...row, updatedAt: isoOf(stampMs) }));
      await write(tx, docs);
    });
  }
}

async function seedUnit(
  db: Database,
  ordinal: number,
  options: Required<Pick<SeedOptions, 'staff' | 'claims'>> & Pick<SeedOptions, 'onEvidence'>,
  now: () => number,
  seedValue: number,
): Promise<SeededAccount> {
  const r = createRandom(seedValue + ordinal * 7919);
  const template = unitTemplates[(ordinal - 1) % unitTemplates.length];
  if (template === undefined) throw new Error('no unit templates');
  const unitId = `U${String(ordinal).padStart(4, '0')}`;
  const round = Math.floor((ordinal - 1) / unitTemplates.length);
  const baseName = template.names[round % template.names.length] ?? template.region;
  const name = round < template.names.length ? baseName : `${baseName}（${round + 1}）`;
  const unit: Unit = {
    id: unitId,
    name,
    creditCode: makeCreditCode(
      template.rulebook === 'fujian-2023' && ordinal % 2 === 0 ? '91' : '12',
      template.regionCode,
      10_000_000 + ordinal * 7_177,
    ),
    region: template.region,
    industry: template.industry,
    supervisor: template.supervisor,
    rulebook: template.rulebook,
  };
  const taken = new Set<string>();
  const account = personIdNumber(r, template, taken, r.chance(0.5));
  const adminName = personName(r);
  const password = initialPasswordOf(account);
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO units VALUES ($1, $2::jsonb)', [unitId, JSON.stringify(unit)]);
    await tx.query('INSERT INTO accounts VALUES ($1, $2, $3, $4, $5, true)', [
      account,
      unitId,
      `${unitId}-admin`,
      adminName,
      await hashPassword(password),
    ]);
  });

  const year = new Date(now()).getUTCFullYear();
  const staff = Array.from({ length: options.staff }, (_, i) =>
    makeStaff(r, unitId, i, template, taken, year),
  );
  await insertChunked(db, staff, now, (tx, docs) => insertRecords(tx, 'staff', docs));

  const files = evidenceFiles();
  // The placeholder files stay for the change requests' attachments; claims get certificates.
  await insertBlobs(db, new Map(files.map((file) => [file.sha256, file.bytes])));
  // The unit's own projects; the claims their attendance made count within --claims.
  const own = makeProjects(createRandom(seedValue + ordinal * 7919 + 2), {
    unitId,
    unitName: name,
    staff,
    nowMs: now(),
  });
  const projectClaims = own.claims.slice(0, Math.floor(options.claims / 3));
  await insertChunked(db, own.projects, now, (tx, docs) => insertRecords(tx, 'projects', docs));
  const claimants = staff.filter((s) => s.status !== 'pending_registration');
  const outcomeTitleOf = new Map<string, string>();
  const lastTrainingOf = new Map<string, Omit<Claim, 'updatedAt'>>();
  const madeClaims: Omit<Claim, 'updatedAt'>[] = [];
  const madeAttachments: AttachmentRow[] = [];
  const context = { unitId, rulebook: template.rulebook, files, nowMs: now() };
  // Who has met this year and last, decided first; the claims that credit them count within
  // --claims (at most 55 % of it), ids after the random ones.
  const plan = planCompletion(createRandom(seedValue + ordinal * 7919 + 3), staff, context.nowMs);
  const completion = completionClaims(createRandom(seedValue + ordinal * 7919 + 4), plan, {
    unitId,
    files,
    nowMs: context.nowMs,
    firstIndex: options.claims,
    budget: Math.floor(options.claims * 0.55),
  });
  madeAttachments.push(...completion.attachments);
  const randomClaims = options.claims - projectClaims.length - completion.claims.length;
  for (let i = 0; i < randomClaims && claimants.length > 0; i++) {
    const staffId = r.pick(claimants).id;
    const previous = lastTrainingOf.get(staffId);
    // About one claim in a hundred files an earlier training again: a duplicate to catch.
    const made =
      previous !== undefined && r.chance(0.01)
        ? duplicateClaim(
            previous,
            unitId,
            i,
            new Date(context.nowMs - r.int(1, 30) * 3_600_000).toISOString(),
          )
        : makeClaim(r, context, i, staffId, outcomeTitleOf.get(staffId));
    if (made.claim.category === 'outcome') outcomeTitleOf.set(staffId, made.claim.title);
    if (made.claim.category === 'training') lastTrainingOf.set(staffId, made.claim);
    madeClaims.push(made.claim);
    madeAttachments.push(...made.attachments);
  }
  const decided = [...madeClaims, ...projectClaims, ...completion.claims];
  keepShort(plan, decided);
  // Certificates are drawn once every claim's status is final: scans go to waiting claims first.
  const evidence = await certifyEvidence(
    createRandom(seedValue + ordinal * 7919 + 1),
    decided,
    madeAttachments,
    staff,
  );
  const { claims } = evidence;
  const attachments = [...evidence.attachments];
  await insertBlobs(db, evidence.blobs);
  options.onEvidence?.(unitId, evidence.truth);
  await insertChunked(db, claims, now, (tx, docs) => insertRecords(tx, 'claims', docs));
  // Their own random stream, so adding them left every seed's staff and claims as they were.
  const requests = makeRequests(createRandom(seedValue + ordinal * 7919 + 1), {
    unitId,
    template,
    staff,
    taken,
    files,
    nowMs: context.nowMs,
  });
  await insertChunked(db, requests.changes, now, (tx, docs) => insertRecords(tx, 'changes', docs));
  await insertChunked(db, requests.transfers, now, (tx, docs) =>
    insertRecords(tx, 'transfers', docs),
  );
  attachments.push(...requests.attachments);
  for (let start = 0; start < attachments.length; start += chunkSize * 2) {
    await db.query(
      `INSERT INTO attachments (id, unit_id, owner_id, file_name, mime_type, sha256)
       SELECT x->>'id', $2, x->>'ownerId', x->>'fileName', x->>'mimeType', x->>'sha256' FROM jsonb_array_elements($1::jsonb) x`,
      [JSON.stringify(attachments.slice(start, start + chunkSize * 2)), unitId],
    );
  }
  return { unitId, unitName: name, account, password, adminName, rulebook: template.rulebook };
}

/**
 * Seeds demo units (each with its administrator account, staff, claims and evidence) after the
 * ones already there, and answers the accounts with their initial passwords.
 */
export async function seed(options: SeedOptions = {}): Promise<SeededAccount[]> {
  const db =
    options.db ??
    (await openMigrated({ dataDir: options.dataDir, databaseUrl: options.databaseUrl }));
  const now = options.now ?? Date.now;
  if (options.db !== undefined) await migrate(db);
  try {
    const existing =
      (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM units'))[0]?.n ?? 0;
    const counts = {
      staff: options.staff ?? demoDefaults.staff,
      claims: options.claims ?? demoDefaults.claims,
      ...(options.onEvidence === undefined ? {} : { onEvidence: options.onEvidence }),
    };
    const accounts: SeededAccount[] = [];
    for (let i = 1; i <= (options.units ?? demoDefaults.units); i++) {
      accounts.push(
        await seedUnit(db, existing + i, counts, now, options.randomSeed ?? 20_250_603),
      );
    }
    // Fresh statistics for the pull query's plan: PGlite never gathers them by itself, and
    // PostgreSQL's autovacuum would only some time after a bulk load.
    for (const table of ['staff', 'claims', 'changes', 'transfers', 'projects']) {
      await db.query(`ANALYZE ${table}`);
    }
    return accounts;
  } finally {
    if (options.db === undefined) await db.close();
  }
}
