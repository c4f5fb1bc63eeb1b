import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  attachmentSchema,
  attendanceRequestSchema,
  attendanceResultsSchema,
  categories,
  changeRequestSchema,
  checkpointSchema,
  claimSchema,
  decisionBatchSchema,
  decisionResultSchema,
  decisionResultsSchema,
  decisionSchema,
  loginRequestSchema,
  pageOf,
  passwordChangeRequestSchema,
  problemSchema,
  projectFilingSchema,
  projectSchema,
  sessionSchema,
  staffSchema,
  transferSchema,
  unitDecisionRecordSchema,
  unitSchema,
} from '../../shared/contract/index.ts';
import { z as zod } from 'zod';
import { loadContract } from '../../provincial-api/conformance/openapi.ts';
import { createSamples } from './samples.ts';

// shared/contract's zod schemas against docs/provincial-api/openapi.yaml read by a standard JSON
// Schema validator (ajv): for every schema, both accept and refuse the same documents, generated
// and hand-made. docs/contract.md says why this, rather than generated zod.
const contract = loadContract();
const samples = createSamples(contract.schemas);

const components: Record<string, z.ZodType> = {
  Problem: problemSchema,
  Session: sessionSchema,
  Unit: unitSchema,
  Checkpoint: checkpointSchema,
  Staff: staffSchema,
  Claim: claimSchema,
  Category: zod.enum(categories),
  Decision: decisionSchema,
  DecisionResult: decisionResultSchema,
  Attachment: attachmentSchema,
  UnitDecisionRecord: unitDecisionRecordSchema,
  ChangeRequest: changeRequestSchema,
  Transfer: transferSchema,
  ProjectFiling: projectFilingSchema,
  Project: projectSchema,
};
const operations: Record<string, z.ZodType> = {
  'POST /auth/login request': loginRequestSchema,
  'POST /auth/login 200': sessionSchema,
  'POST /auth/password request': passwordChangeRequestSchema,
  'GET /units/{unitId} 200': unitSchema,
  'GET /units/{unitId}/staff 200': pageOf(staffSchema),
  'GET /units/{unitId}/claims 200': pageOf(claimSchema),
  'GET /units/{unitId}/changes 200': pageOf(changeRequestSchema),
  'GET /units/{unitId}/transfers 200': pageOf(transferSchema),
  'GET /units/{unitId}/projects 200': pageOf(projectSchema),
  'POST /units/{unitId}/projects request': projectFilingSchema,
  'POST /units/{unitId}/projects 200': projectSchema,
  'POST /units/{unitId}/projects 201': projectSchema,
  'POST /units/{unitId}/projects/{projectId}/attendance request': attendanceRequestSchema,
  'POST /units/{unitId}/projects/{projectId}/attendance 200': attendanceResultsSchema,
  'POST /units/{unitId}/decisions request': decisionBatchSchema,
  'POST /units/{unitId}/decisions 200': decisionResultsSchema,
};

/** The zod schema that stands for a contract schema; every error answer is a Problem. */
function zodFor(name: string): z.ZodType | undefined {
  const status = Number(name.split(' ').at(-1));
  return components[name] ?? operations[name] ?? (status >= 400 ? problemSchema : undefined);
}

const verdicts = (name: string, schema: z.ZodType, doc: unknown) => ({
  zod: schema.safeParse(doc).success,
  standard: contract.check(name, doc).length === 0,
});

describe('shared/contract against openapi.yaml', () => {
  it('has a zod schema for every schema of the contract, and none for a schema it lacks', () => {
    const missing = Object.keys(contract.schemas).filter((name) => zodFor(name) === undefined);
    expect(missing).toEqual([]);
    const unknown = [...Object.keys(components), ...Object.keys(operations)].filter(
      (name) => !(name in contract.schemas),
    );
    expect(unknown).toEqual([]);
  });

  const distinct = [
    ...Object.keys(components),
    ...Object.keys(operations),
    'GET /units/{unitId} 401',
  ];
  for (const name of distinct) {
    it(`accepts and refuses the same generated documents as the standard validator for ${name}`, () => {
      const schema = zodFor(name);
      const jsonSchema = contract.schemas[name];
      if (schema === undefined || jsonSchema === undefined) throw new Error(name);
      const seen = { accepted: 0, refused: 0 };
      fc.assert(
        fc.property(samples.any(jsonSchema), (doc) => {
          const verdict = verdicts(name, schema, doc);
          if (verdict.zod !== verdict.standard) {
            throw new Error(
              `${name}: zod ${String(verdict.zod)}, standard ${String(verdict.standard)} for ${JSON.stringify(doc)}\n` +
                `standard: ${contract.check(name, doc).join('; ')}\nzod: ${JSON.stringify(schema.safeParse(doc).error?.issues)}`,
            );
          }
          seen[verdict.zod ? 'accepted' : 'refused'] += 1;
        }),
        { numRuns: 200, seed: 20_250_603 },
      );
      // Both kinds of document were tried, so agreement says something.
      expect(seen.accepted).toBeGreaterThan(10);
      expect(seen.refused).toBeGreaterThan(10);
    }, 120_000);

    it(`accepts and refuses the same one-place changes of valid documents as the standard validator for ${name}`, () => {
      const schema = zodFor(name);
      const jsonSchema = contract.schemas[name];
      if (schema === undefined || jsonSchema === undefined) throw new Error(name);
      const docs = fc.sample(samples.valid(jsonSchema), { numRuns: 3, seed: 7 });
      const changed = docs.flatMap((doc) => samples.mutations(jsonSchema, doc));
      const disagreements = changed
        .map((doc) => JSON.parse(JSON.stringify(doc)) as unknown)
        .filter((doc) => {
          const verdict = verdicts(name, schema, doc);
          return verdict.zod !== verdict.standard;
        })
        .map((doc) => ({
          doc,
          standard: contract.check(name, doc),
          zod: schema.safeParse(doc).success,
        }));
      expect(disagreements.slice(0, 3)).toEqual([]);
      expect(changed.length).toBeGreaterThan(20);
    }, 120_000);
  }
});

const time = '2025-06-03T08:15:30.123Z';
const claim = {
  id: 'U0001-C0000001',
  unitId: 'U0001',
  staffId: 'U0001-S000001',
  year: 2025,
  category: 'training',
  title: '全省卫生系统业务培训',
  claimedHours: 16,
  attachments: [],
  status: 'submitted',
  submittedAt: time,
  updatedAt: time,
  revision: 1,
  deleted: false,
};
const staff = {
  id: 'U0001-S000001',
  unitId: 'U0001',
  name: '张三',
  idNumber: '11010519491231002X',
  status: 'active',
  updatedAt: time,
  revision: 1,
  deleted: false,
};
const decision = {
  decisionId: '3f1c2a4e-9b7d-4c1e-8a2b-1d2e3f4a5b6c',
  target: { kind: 'claim', id: claim.id },
  baseRevision: 1,
  outcome: 'approve',
  creditedHours: { public: 0, professional: 16 },
  reviewerName: '李四',
  decidedAt: time,
};
const filing = {
  projectId: '9b2e3c4d-5f60-4a7b-8c9d-0e1f2a3b4c5d',
  title: '2026 年护理质量管理培训班',
  organizer: '威海市立医院',
  subject: 'professional',
  form: 'face_to_face',
  startDate: '2026-09-14',
  endDate: '2026-09-15',
  hours: 16,
  contact: { name: '王五', phone: '0631-5287000' },
};
const change = {
  id: 'U0001-R0001',
  unitId: 'U0001',
  staffId: staff.id,
  changes: { idNumber: { from: null, to: '110105194912310029' } },
  attachments: [],
  status: 'submitted',
  submittedAt: time,
  updatedAt: time,
  revision: 1,
  deleted: false,
};

// Hand-made cases where a reading could go wrong; each with the verdict the contract means.
const cases: readonly [string, string, unknown, boolean][] = [
  [
    'a 200-character title of characters outside the BMP',
    'Claim',
    { ...claim, title: '𠀾'.repeat(200) },
    true,
  ],
  ['a 201-character title', 'Claim', { ...claim, title: '学'.repeat(201) }, false],
  [
    'a time without milliseconds',
    'Claim',
    { ...claim, submittedAt: '2025-06-03T08:15:30Z' },
    false,
  ],
  [
    'a time with an offset',
    'Claim',
    { ...claim, updatedAt: '2025-06-03T16:15:30.123+08:00' },
    false,
  ],
  [
    'a 1.1 claim filed by the unit',
    'Claim',
    { ...claim, filedBy: 'unit', details: { projectId: 'p' } },
    true,
  ],
  [
    'a revoked claim with the integrity mark',
    'Claim',
    { ...claim, status: 'unit_rejected', decision: { outcome: 'revoke', integrityMark: true } },
    true,
  ],
  ['a field a later version adds, in an answer', 'Claim', { ...claim, reviewedBy: 'x' }, true],
  ['a record id of 65 characters', 'Staff', { ...staff, id: 's'.repeat(65) }, false],
  ['a revision beyond 2^53', 'Staff', { ...staff, revision: 2 ** 53 + 2 }, false],
  [
    'an integrity record until a leap day',
    'Staff',
    { ...staff, integrityRecords: [{ claimId: 'c', recordedAt: time, until: '2028-02-29' }] },
    true,
  ],
  [
    'an integrity record until a day that does not exist',
    'Staff',
    { ...staff, integrityRecords: [{ claimId: 'c', recordedAt: time, until: '2027-02-29' }] },
    false,
  ],
  ['a valid decision', 'Decision', decision, true],
  [
    'a version-1 decisionId',
    'Decision',
    { ...decision, decisionId: '3f1c2a4e-9b7d-1c1e-8a2b-1d2e3f4a5b6c' },
    false,
  ],
  [
    'an unknown field inside creditedHours of a request',
    'Decision',
    { ...decision, creditedHours: { public: 0, professional: 1, bonus: 1 } },
    false,
  ],
  [
    'a target id of 65 characters',
    'Decision',
    { ...decision, target: { kind: 'claim', id: 'c'.repeat(65) } },
    false,
  ],
  [
    'a revoke with the integrity mark',
    'Decision',
    { ...decision, outcome: 'revoke', reason: '虚假材料', integrityMark: true },
    true,
  ],
  [
    'a project as the server answers it',
    'Project',
    {
      ...filing,
      id: filing.projectId,
      unitId: 'U0001',
      filedAt: time,
      filedDate: '2025-06-03',
      updatedAt: time,
      revision: 1,
      deleted: false,
    },
    true,
  ],
  [
    'a project contact with an unknown field',
    'Project',
    {
      ...filing,
      contact: { ...filing.contact, fax: '1' },
      id: filing.projectId,
      unitId: 'U0001',
      filedAt: time,
      filedDate: '2025-06-03',
      updatedAt: time,
      revision: 1,
      deleted: false,
    },
    false,
  ],
  ['a filing with server fields', 'ProjectFiling', { ...filing, id: filing.projectId }, false],
  ['a filing of zero hours', 'ProjectFiling', { ...filing, hours: 0 }, false],
  ['a change of the 身份证号 from nothing', 'ChangeRequest', change, true],
  ['a change of no field', 'ChangeRequest', { ...change, changes: {} }, false],
  [
    'a change of a field staff records do not have',
    'ChangeRequest',
    { ...change, changes: { nickname: { from: null, to: 'x' } } },
    false,
  ],
];

describe('hand-made cases', () => {
  for (const [label, name, doc, expected] of cases) {
    it(`${expected ? 'accepts' : 'refuses'} ${label} in both readings`, () => {
      const schema = zodFor(name);
      if (schema === undefined) throw new Error(name);
      expect(verdicts(name, schema, doc)).toEqual({ zod: expected, standard: expected });
    });
  }
});
