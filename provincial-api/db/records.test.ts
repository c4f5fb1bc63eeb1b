import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Checkpoint } from '../../shared/contract/index.ts';
import { openTestPglite } from '../conformance/template.ts';
import { seed } from '../seed/seed.ts';
import type { Database } from './database.ts';
import { pullPage, pullPageSql } from './records.ts';

interface PlanNode {
  readonly 'Node Type': string;
  readonly 'Index Name'?: string;
  readonly 'Index Cond'?: string;
  readonly 'Actual Rows': number;
  readonly Plans?: readonly PlanNode[];
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

let db: Database;
let unitId: string;
beforeAll(async () => {
  db = await openTestPglite();
  const [account] = await seed({ db, units: 2, staff: 100, claims: 4000, randomSeed: 5 });
  unitId = account?.unitId ?? '';
});
afterAll(() => db.close());

describe('pullPage', () => {
  it('reads only its own rows from the pull index, in order, when the checkpoint is deep in the unit', async () => {
    let checkpoint: Checkpoint | undefined;
    for (let page = 0; page < 20; page += 1) {
      const json = (await pullPage(db, 'claims', unitId, checkpoint, 100)).json;
      checkpoint = (JSON.parse(json) as { checkpoint: Checkpoint }).checkpoint;
    }
    if (checkpoint === undefined) throw new Error('no checkpoint');
    const [row] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${pullPageSql('claims')}`,
      [unitId, Date.parse(checkpoint.updatedAt), checkpoint.id, 100],
    );
    const nodes = nodesOf(row?.['QUERY PLAN'][0].Plan ?? { 'Node Type': '', 'Actual Rows': 0 });
    expect(nodes.map((n) => n['Node Type'])).not.toContain('Sort');
    const scan = nodes.find((n) => n['Index Name'] === 'claims_pull');
    expect(scan?.['Node Type']).toBe('Index Scan');
    expect(scan?.['Index Cond']).toContain('ROW(updated_ms, id) >');
    expect(scan?.['Actual Rows']).toBe(100);
  });

  it('answers the documents in (updatedAt, id) order with the last one as checkpoint, and the same checkpoint when empty', async () => {
    const first = JSON.parse((await pullPage(db, 'staff', unitId, undefined, 30)).json) as {
      documents: { id: string; updatedAt: string }[];
      checkpoint: { id: string; updatedAt: string };
    };
    const keys = first.documents.map((d) => `${d.updatedAt} ${d.id}`);
    expect(keys).toEqual([...keys].sort());
    expect(first.documents).toHaveLength(30);
    const last = first.documents.at(-1);
    expect(first.checkpoint).toEqual({ updatedAt: last?.updatedAt, id: last?.id });
    const end = { updatedAt: '2999-01-01T00:00:00.000Z', id: '' };
    expect(JSON.parse((await pullPage(db, 'staff', unitId, end, 30)).json)).toEqual({
      documents: [],
      checkpoint: end,
    });
  });
});
