import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '#shared/calendar/index.ts';
import type { Claim } from '#shared/contract/index.ts';
import type { ProjectOutboxDoc } from '../../renderer/src/data/db/project-schemas.ts';
import { createProjectActions } from '../../renderer/src/data/projects/project-actions.ts';
import { syncProjects } from '../../renderer/src/data/projects/sync-projects.ts';
import {
  openClient,
  startSeededServer,
  type ClientFixture,
  type ServerFixture,
} from './client-fixture.ts';

/**
 * The project outbox against the real reference server (issue 16): a filing and an attendance
 * list whose answers are lost on the way back are sent again under the same projectId and
 * attendanceId, and the platform holds each once.
 */
describe('project outbox', () => {
  let fixture: ServerFixture;
  let app: ClientFixture;

  beforeAll(async () => {
    fixture = await startSeededServer({ staff: 30, claims: 60 });
    app = await openClient(fixture, { fetchEvidence: false });
    await app.signIn();
    expect((await app.engine.syncNow()).ok).toBe(true);
  }, 120_000);

  afterAll(async () => {
    await app.close();
    await fixture.close();
  });

  const actions = () =>
    createProjectActions(
      app.db,
      () => undefined,
      () =>
        syncProjects(app.db, app.client, fixture.account.unitId, {
          maxAttempts: 3,
          sleep: () => Promise.resolve(),
        }),
    );
  const outboxDoc = async (id: string) =>
    (await app.db.projectoutbox.findOne(id).exec())?.toMutableJSON() as ProjectOutboxDoc;
  const held = (sql: string, params: unknown[]) => fixture.server.db.query(sql, params);

  it('pulls the unit’s projects into the replica', async () => {
    const onServer = await held('SELECT id FROM projects WHERE unit_id = $1 ORDER BY id', [
      fixture.account.unitId,
    ]);
    const replica = await app.db.projects.find({ sort: [{ id: 'asc' }] }).exec();
    expect(replica.map((doc) => doc.id)).toEqual(onServer.map((row) => row['id']));
    expect(replica.length).toBeGreaterThan(0);
  });

  it('files a project once when its answer is lost and it is sent again', async () => {
    const start = chinaDate(new Date(Date.now() + 40 * 86_400_000));
    const kept = await actions().fileProject({
      title: '消防安全知识培训',
      organizer: '本单位',
      subject: 'public',
      form: 'face_to_face',
      startDate: start,
      endDate: start,
      hours: 4,
    });
    if (!kept.ok) throw new Error(kept.error.message);
    fixture.server.faults.set({ resetRate: 1 });
    const lost = await actions().sendNow();
    fixture.server.faults.clear();
    expect(lost.ok).toBe(false);
    expect((await outboxDoc(kept.value)).state).toBe('waiting');

    expect((await app.engine.syncNow()).ok).toBe(true);
    const today = chinaDate(new Date());
    expect(await outboxDoc(kept.value)).toMatchObject({
      state: 'done',
      detail: `已备案，备案日期 ${today}`,
    });
    const rows = await held("SELECT doc->>'filedDate' AS filed FROM projects WHERE id = $1", [
      kept.value,
    ]);
    expect(rows).toEqual([{ filed: today }]);
    expect((await app.db.projects.findOne(kept.value).exec())?.filedDate).toBe(today);
  });

  it('files an attendance list once after a lost answer, and the claims it made come back', async () => {
    const today = chinaDate(new Date());
    const claims = (await app.db.claims.find().exec()).map((doc) => doc.toMutableJSON() as Claim);
    const reported = new Set(claims.map((claim) => claim.details?.projectId));
    const ended = (await app.db.projects.find().exec())
      .map((doc) => doc.toMutableJSON())
      .find((project) => project.endDate < today && !reported.has(project.id));
    if (ended === undefined) throw new Error('the seed made no ended project without attendance');
    const people = (await app.db.staff.find({ selector: { status: 'active' } }).exec())
      .map((doc) => doc.toMutableJSON())
      .slice(0, 2);
    const kept = await actions().fileAttendance(
      ended,
      people.map((person) => ({ staffId: person.id, name: person.name, hours: ended.hours })),
    );
    if (!kept.ok) throw new Error(kept.error.message);
    fixture.server.faults.set({ resetRate: 1 });
    expect((await actions().sendNow()).ok).toBe(false);
    fixture.server.faults.clear();
    expect((await app.engine.syncNow()).ok).toBe(true);

    const sent = await outboxDoc(kept.value);
    expect(sent.state).toBe('done');
    expect(sent.results?.map((r) => [r.staffId, r.status])).toEqual(
      people.map((person) => [person.id, 'created']),
    );
    const onServer = await held(
      "SELECT staff_id AS staff FROM claims WHERE doc->'details'->>'projectId' = $1 ORDER BY staff_id",
      [ended.id],
    );
    expect(onServer.map((row) => row['staff'])).toEqual(people.map((p) => p.id).sort());
    const made = (await app.db.claims.find().exec())
      .map((doc) => doc.toMutableJSON() as Claim)
      .filter((claim) => claim.details?.projectId === ended.id)
      .map((claim) => [claim.staffId, claim.filedBy, claim.status, claim.details?.filedAt])
      .sort();
    expect(made).toEqual(people.map((p) => [p.id, 'unit', 'submitted', ended.filedDate]).sort());
  });
});
