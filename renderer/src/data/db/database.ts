import { addRxPlugin, createRxDatabase, type RxCollection, type RxDatabase } from 'rxdb';
import { RxDBAttachmentsPlugin } from 'rxdb/plugins/attachments';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import {
  auditDocSchema,
  changeDocSchema,
  claimDocSchema,
  decisionDocSchema,
  evidenceDocSchema,
  managerDocSchema,
  metaDocSchema,
  pullIssueDocSchema,
  staffDocSchema,
  transferDocSchema,
  type AuditDoc,
  type ChangeDoc,
  type ClaimDoc,
  type DecisionDoc,
  type EvidenceDoc,
  type ManagerDoc,
  type MetaDoc,
  type PullIssueDoc,
  type StaffDoc,
  type TransferDoc,
} from './schemas.ts';
import { evidenceCheckDocSchema, type EvidenceCheckDoc } from './evidence-check-schema.ts';
import { fieldEncryptionStorage } from './field-encryption.ts';
import {
  projectDocSchema,
  projectOutboxDocSchema,
  type ProjectDoc,
  type ProjectOutboxDoc,
} from './project-schemas.ts';

addRxPlugin(RxDBMigrationSchemaPlugin);
addRxPlugin(RxDBAttachmentsPlugin);

export interface ReviewerCollections {
  staff: RxCollection<StaffDoc>;
  claims: RxCollection<ClaimDoc>;
  decisions: RxCollection<DecisionDoc>;
  evidence: RxCollection<EvidenceDoc>;
  evidencechecks: RxCollection<EvidenceCheckDoc>;
  meta: RxCollection<MetaDoc>;
  audit: RxCollection<AuditDoc>;
  pullissues: RxCollection<PullIssueDoc>;
  managers: RxCollection<ManagerDoc>;
  changes: RxCollection<ChangeDoc>;
  transfers: RxCollection<TransferDoc>;
  /** Training projects (1.1): the `/projects` pull, and the unit's filings on their way. */
  projects: RxCollection<ProjectDoc>;
  projectoutbox: RxCollection<ProjectOutboxDoc>;
}
export type ReviewerDatabase = RxDatabase<ReviewerCollections>;

/** IndexedDB to use; the page's own unless a test hands in another (fake-indexeddb). */
export interface IndexedDbProvider {
  readonly indexedDB: IDBFactory;
  readonly IDBKeyRange: typeof IDBKeyRange;
}

export interface OpenOptions {
  /** One database per unit: `ce-<unit>`. */
  readonly unitId: string;
  /** The random 256-bit database key, hex; it encrypts 身份证号 and phone numbers at rest. */
  readonly key: string;
  readonly indexedDb?: IndexedDbProvider;
}

export function databaseName(unitId: string): string {
  return `ce-${unitId.toLowerCase().replace(/[^a-z0-9]/g, '_')}`;
}

/**
 * One open database per name for the life of the page: React StrictMode mounts twice, and every
 * open collection counts against RxDB's limit of 13 across the page.
 */
const open = new Map<string, Promise<ReviewerDatabase>>();

export function openReviewerDatabase(options: OpenOptions): Promise<ReviewerDatabase> {
  const name = databaseName(options.unitId);
  const existing = open.get(name);
  if (existing !== undefined) return existing;
  const opening = create(name, options);
  open.set(name, opening);
  opening.catch(() => open.delete(name));
  return opening;
}

export async function closeReviewerDatabase(db: ReviewerDatabase): Promise<void> {
  open.delete(db.name);
  await db.close();
}

async function create(name: string, options: OpenOptions): Promise<ReviewerDatabase> {
  if (import.meta.env.DEV && import.meta.env['VITE_RXDB_DEV_MODE'] === '1') {
    // Dev-mode loads a page from the internet: opt-in for developers only, never in a build.
    const { RxDBDevModePlugin } = await import('rxdb/plugins/dev-mode');
    addRxPlugin(RxDBDevModePlugin);
  }
  const storage = fieldEncryptionStorage(getRxStorageDexie(options.indexedDb ?? {}));
  const db = await createRxDatabase<ReviewerCollections>({
    name,
    storage,
    password: options.key,
    multiInstance: false,
    eventReduce: true,
  });
  // A wrong key fails here (RxDB's DB1) after the name is taken: close, or not even the right
  // key could open this database again before the page reloads (DB8).
  try {
    await db.addCollections({
      // Versions that only add optional fields (contract 1.1's integrityRecords, filedBy, a
      // decision's serverRequest; the `sending` state): every stored document is valid as it is.
      staff: { schema: staffDocSchema, migrationStrategies: { 1: (doc: StaffDoc) => doc } },
      claims: { schema: claimDocSchema, migrationStrategies: { 1: (doc: ClaimDoc) => doc } },
      decisions: {
        schema: decisionDocSchema,
        migrationStrategies: { 1: (doc: DecisionDoc) => doc, 2: (doc: DecisionDoc) => doc },
      },
      evidence: { schema: evidenceDocSchema },
      evidencechecks: { schema: evidenceCheckDocSchema },
      meta: { schema: metaDocSchema },
      audit: { schema: auditDocSchema },
      pullissues: {
        schema: pullIssueDocSchema,
        migrationStrategies: {
          1: ({ collection, ...rest }: Record<string, unknown>) => ({
            ...rest,
            source: collection,
          }),
        },
      },
      managers: { schema: managerDocSchema },
      changes: { schema: changeDocSchema },
      transfers: { schema: transferDocSchema },
      projects: { schema: projectDocSchema },
      projectoutbox: { schema: projectOutboxDocSchema },
    });
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
