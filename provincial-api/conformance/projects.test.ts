import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  AttendanceResult,
  Claim,
  Problem,
  Project,
  ProjectFiling,
  Staff,
} from '../../shared/contract/index.ts';
import { chinaDateOf } from '../db/integrity.ts';
import { mutateRecord } from '../db/records.ts';
import { account, decision, newPassword, pullAll, startHarness, type Harness } from './harness.ts';

// README "Training projects and unit-filed hours (培训项目备案 / 单位代报, 1.1)", line by line.
let h: Harness;
let token: string;
let unitId: string;
beforeAll(async () => {
  h = await startHarness({ units: 2, staff: 40, claims: 40 });
  const a = account(h, 0);
  unitId = a.unitId;
  token = await h.ready(a);
});
afterAll(() => h.close());

const dayMs = 86_400_000;
/** The date in China Standard Time `days` from the server's now. */
const chinaDay = (days: number) => chinaDateOf(Date.now() + days * dayMs);
const filing = (overrides: Partial<ProjectFiling> = {}): ProjectFiling => ({
  projectId: randomUUID(),
  title: '护理质量管理培训班',
  organizer: '本单位护理部',
  subject: 'professional',
  form: 'face_to_face',
  startDate: chinaDay(2),
  endDate: chinaDay(3),
  hours: 16,
  venue: '学术报告厅',
  contact: { name: '王五', phone: '0631-5287000' },
  ...overrides,
});
const file = (body: unknown) => h.call('POST', `/units/${unitId}/projects`, { token, body });
const attend = (projectId: string, body: unknown) =>
  h.call('POST', `/units/${unitId}/projects/${projectId}/attendance`, { token, body });
const kindOf = (body: unknown) => (body as Problem).type.split('/').at(-1);
const activeStaff = async () =>
  (await pullAll<Staff>(h, token, `/units/${unitId}/staff`, 1000)).filter(
    (s) => s.status === 'active' && !s.deleted,
  );

describe('1.1 filing a project', () => {
  it('answers 201 with the project, stamping filedAt with its clock and filedDate as that instant in UTC+8, and the pull holds it', async () => {
    const body = filing();
    const before = Date.now();
    const reply = await file(body);
    expect(reply.status).toBe(201);
    const project = reply.body as Project;
    expect(project).toEqual({
      ...body,
      id: body.projectId,
      unitId,
      filedAt: project.filedAt,
      filedDate: chinaDateOf(Date.parse(project.filedAt)),
      updatedAt: project.filedAt,
      revision: 1,
      deleted: false,
    });
    expect(Date.parse(project.filedAt)).toBeGreaterThanOrEqual(before - 1000);
    const pulled = await pullAll<Project>(h, token, `/units/${unitId}/projects`, 1000);
    expect(pulled.find((p) => p.id === body.projectId)).toEqual(project);
  });

  it('answers 200 with the project as first filed for the same projectId and content, and 409 project-id-reused for other content', async () => {
    const body = filing();
    const first = await file(body);
    const again = await file({ ...body, contact: { phone: body.contact?.phone, name: '王五' } });
    expect([again.status, again.body]).toEqual([200, first.body]);
    const other = await file({ ...body, hours: 8 });
    expect([other.status, kindOf(other.body)]).toEqual([409, 'project-id-reused']);
  });

  it('refuses with 400 invalid-project an end before the start, two years, a project already started and more than 8 hours a calendar day', async () => {
    const year = Number(chinaDay(0).slice(0, 4));
    const cases = [
      filing({ startDate: chinaDay(5), endDate: chinaDay(4) }),
      filing({ startDate: `${year + 1}-12-31`, endDate: `${year + 2}-01-01`, hours: 8 }),
      filing({ startDate: chinaDay(0), endDate: chinaDay(1) }),
      filing({ hours: 16.5 }),
    ];
    for (const body of cases) {
      const reply = await file(body);
      expect([reply.status, kindOf(reply.body)], JSON.stringify(body)).toEqual([
        400,
        'invalid-project',
      ]);
    }
    const unknownField = await file({ ...filing(), fee: 0 });
    expect([unknownField.status, kindOf(unknownField.body)]).toEqual([400, 'invalid-request']);
  });
});

describe('1.1 filing the attendance', () => {
  it('answers 404 for an unknown project of the unit and 409 project-not-ended before the end day has passed in UTC+8', async () => {
    const body = { attendanceId: randomUUID(), entries: [{ staffId: 'x', hours: 1 }] };
    const unknown = await attend(randomUUID(), body);
    expect([unknown.status, kindOf(unknown.body)]).toEqual([404, 'not-found']);
    const project = filing();
    await file(project);
    const early = await attend(project.projectId, body);
    expect([early.status, kindOf(early.body)]).toEqual([409, 'project-not-ended']);
  });

  it("makes one submitted claim per accepted entry with the project's facts, and answers invalid with why for the others", async () => {
    const project = filing({ startDate: chinaDay(1), endDate: chinaDay(1), hours: 6 });
    await file(project);
    const filed = (await file(project)).body as Project;
    // Three days on: the project has ended in UTC+8. Tokens do not outlive the jump.
    h.shiftClock(3 * dayMs);
    token = (await h.login(account(h, 0), newPassword)).token;
    const [a, b, c, gone] = await activeStaff();
    if (a === undefined || b === undefined || c === undefined || gone === undefined) {
      throw new Error('seed lacks staff');
    }
    // Someone who left the unit since (approved transfer out).
    const inactive = await mutateRecord<Staff>(h.server.db, 'staff', gone.id, Date.now(), (s) => ({
      ...s,
      status: 'transferred_out',
    }));
    if (inactive === undefined) throw new Error('no staff to move out');
    const otherUnitStaff = `${account(h, 1).unitId}-S000001`;
    const body = {
      attendanceId: randomUUID(),
      entries: [
        { staffId: a.id, hours: 6 },
        { staffId: inactive.id, hours: 6 },
        { staffId: otherUnitStaff, hours: 6 },
        { staffId: b.id, hours: 6.5 },
        { staffId: c.id, hours: 4 },
        { staffId: a.id, hours: 6 },
      ],
    };
    const reply = await attend(project.projectId, body);
    expect(reply.status).toBe(200);
    const results = (reply.body as { results: AttendanceResult[] }).results;
    expect(results.map((r) => [r.staffId, r.status])).toEqual([
      [a.id, 'created'],
      [inactive.id, 'invalid'],
      [otherUnitStaff, 'invalid'],
      [b.id, 'invalid'],
      [c.id, 'created'],
      [a.id, 'invalid'],
    ]);
    expect(
      results.filter((r) => r.status === 'invalid').every((r) => (r.detail ?? '') !== ''),
    ).toBe(true);
    const claims = await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000);
    const made = results.flatMap((r) => claims.filter((claim) => claim.id === r.claimId));
    expect(made).toEqual(
      [a, c].map((person, i) => ({
        id: results[i === 0 ? 0 : 4]?.claimId,
        unitId,
        staffId: person.id,
        year: Number(project.startDate.slice(0, 4)),
        category: 'training',
        subject: 'professional',
        title: project.title,
        organizer: project.organizer,
        startDate: project.startDate,
        endDate: project.endDate,
        claimedHours: i === 0 ? 6 : 4,
        details: { filedAt: filed.filedDate, projectId: project.projectId },
        attachments: [],
        status: 'submitted',
        filedBy: 'unit',
        submittedAt: made[i]?.submittedAt,
        updatedAt: made[i]?.updatedAt,
        revision: 1,
        deleted: false,
      })),
    );

    // The same attendanceId: the first answer again, nothing new; other content: 409.
    expect((await attend(project.projectId, body)).body).toEqual(reply.body);
    expect((await pullAll<Claim>(h, token, `/units/${unitId}/claims`, 1000)).length).toBe(
      claims.length,
    );
    const reused = await attend(project.projectId, { ...body, entries: body.entries.slice(1) });
    expect([reused.status, kindOf(reused.body)]).toEqual([409, 'attendance-id-reused']);
    // A person already filed from this project, in a later attendance, is invalid too.
    const later = await attend(project.projectId, {
      attendanceId: randomUUID(),
      entries: [{ staffId: c.id, hours: 2 }],
    });
    expect((later.body as { results: AttendanceResult[] }).results[0]?.status).toBe('invalid');

    // The claims made are reviewed like any other.
    const first = made[0];
    if (first === undefined) throw new Error('no claim made');
    const push = await h.call('POST', `/units/${unitId}/decisions`, {
      token,
      body: { decisions: [decision({ target: { kind: 'claim', id: first.id }, baseRevision: 1 })] },
    });
    expect((push.body as { results: { status: string }[] }).results[0]?.status).toBe('applied');
  });
});
