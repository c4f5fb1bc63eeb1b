import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  changeRequestSchema,
  projectSchema,
  transferSchema,
  type ChangeRequest,
  type Claim,
  type Project,
  type Transfer,
} from '../../shared/contract/index.ts';
import { chinaDateOf } from '../db/integrity.ts';
import { openTestPglite } from '../conformance/template.ts';
import type { Database } from '../db/database.ts';
import { seed } from './seed.ts';

let db: Database;
beforeAll(async () => {
  db = await openTestPglite();
  await seed({ db, units: 2, staff: 40, claims: 40, randomSeed: 3 });
});
afterAll(() => db.close());

const docs = async <T>(table: string, unitId: string) =>
  (
    await db.query<{ doc: T }>(`SELECT doc FROM ${table} WHERE unit_id = $1 ORDER BY id`, [unitId])
  ).map((row) => row.doc);

describe('seeded change requests and transfers', () => {
  it('gives each unit of 40 staff the minimums of contract 1.1, all keeping the contract', async () => {
    for (const unitId of ['U0001', 'U0002']) {
      const changes = await docs<ChangeRequest>('changes', unitId);
      const transfers = await docs<Transfer>('transfers', unitId);
      const submitted = changes.filter((c) => c.status === 'submitted');
      expect(submitted.length).toBeGreaterThanOrEqual(3);
      expect(
        submitted.some(
          (c) => ('idNumber' in c.changes || 'name' in c.changes) && c.attachments.length > 0,
        ),
      ).toBe(true);
      const waiting = transfers.filter((t) => t.status === 'submitted');
      const inWith = waiting.find((t) => t.direction === 'in');
      expect([1, 2]).toContain(inWith?.transferredInHours?.length);
      expect(waiting.some((t) => t.direction === 'out')).toBe(true);
      expect(changes.some((c) => c.decision !== undefined)).toBe(true);
      expect(transfers.some((t) => t.decision !== undefined)).toBe(true);
      for (const change of changes)
        expect(changeRequestSchema.safeParse(change).success).toBe(true);
      for (const transfer of transfers)
        expect(transferSchema.safeParse(transfer).success).toBe(true);
    }
  });

  it('keeps every attachment of a request downloadable: its file is stored for its unit', async () => {
    const changes = await docs<ChangeRequest>('changes', 'U0001');
    const ids = changes.flatMap((c) => c.attachments.map((a) => a.id));
    const rows = await db.query<{ id: string; unitId: string }>(
      `SELECT a.id, a.unit_id AS "unitId" FROM attachments a JOIN blobs b ON b.sha256 = a.sha256
        WHERE a.id = ANY (ARRAY(SELECT jsonb_array_elements_text($1::jsonb))) ORDER BY a.id`,
      [JSON.stringify(ids)],
    );
    expect(rows).toEqual([...ids].sort().map((id) => ({ id, unitId: 'U0001' })));
  });
});

describe('seeded training projects', () => {
  it('gives each unit past projects with attendance filed and their claims, one ended without attendance, and one starting in the coming weeks', async () => {
    const today = chinaDateOf(Date.now());
    const inFiveWeeks = chinaDateOf(Date.now() + 35 * 86_400_000);
    for (const unitId of ['U0001', 'U0002']) {
      const projects = await docs<Project>('projects', unitId);
      const claims = (await docs<Claim>('claims', unitId)).filter((c) => c.filedBy === 'unit');
      const claimsOf = (p: Project) => claims.filter((c) => c.details?.projectId === p.id);
      const ended = projects.filter((p) => p.endDate < today);
      expect(ended.filter((p) => claimsOf(p).length > 0).length).toBeGreaterThanOrEqual(1);
      expect(ended.some((p) => claimsOf(p).length === 0)).toBe(true);
      expect(projects.some((p) => p.startDate > today && p.startDate <= inFiveWeeks)).toBe(true);
      for (const p of projects) expect(projectSchema.safeParse(p).success).toBe(true);
      for (const claim of claims) {
        const project = projects.find((p) => p.id === claim.details?.projectId);
        expect(claim).toMatchObject({
          category: 'training',
          startDate: project?.startDate,
          details: { filedAt: project?.filedDate },
          attachments: [],
        });
      }
    }
  });
});
