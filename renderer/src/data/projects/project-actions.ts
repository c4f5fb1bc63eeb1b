import { combineLatest, map, type Observable } from 'rxjs';
import {
  attendanceRequestSchema,
  projectFilingProblem,
  projectFilingSchema,
  type AttendanceRequest,
  type ProjectFiling,
} from '#shared/contract/index.ts';
import { chinaDate } from '#shared/calendar/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import { storageError } from '../db/storage-errors.ts';
import type { ProjectDoc, ProjectOutboxDoc } from '../db/project-schemas.ts';
import { syncError } from '../sync/messages.ts';
import type { WriteGuard } from '../sync/outbox.ts';
import type { CallFailure } from '../sync/with-retry.ts';

/** The one home of writing the project outbox: the screens call these and show the message. */
export interface ProjectActions {
  /** Keeps a filing as 待提交; the platform stamps its filing date when it reaches it. */
  fileProject(filing: Omit<ProjectFiling, 'projectId'>): Promise<Result<string>>;
  /** Keeps an attendance list as 待提交, under an attendanceId made once. */
  fileAttendance(
    project: ProjectDoc,
    entries: readonly { readonly staffId: string; readonly name: string; readonly hours: number }[],
  ): Promise<Result<string>>;
  /**
   * Sends what waits here now, once, without the sync's waits: what does not get through stays
   * 待提交 for the next sync. Answers how many the platform answered.
   */
  sendNow(): Promise<Result<number>>;
}

export function createProjectActions(
  db: ReviewerDatabase,
  canWrite: WriteGuard,
  send: () => Promise<Result<number, CallFailure>>,
): ProjectActions {
  const keep = async (doc: ProjectOutboxDoc): Promise<Result<void>> => {
    const elsewhere = canWrite();
    if (elsewhere !== undefined) return err(elsewhere);
    try {
      await db.projectoutbox.insert(doc);
      return ok(undefined);
    } catch (error) {
      return err(storageError(error));
    }
  };
  return {
    async fileProject(fields) {
      const projectId = crypto.randomUUID();
      const parsed = projectFilingSchema.safeParse({ ...fields, projectId });
      if (!parsed.success) {
        return err(appError('validation', '备案内容不完整或不符合要求，请检查各项后再提交。'));
      }
      const problem = projectFilingProblem(parsed.data, chinaDate(new Date()));
      if (problem !== undefined) return err(appError('validation', problem));
      const kept = await keep({
        id: projectId,
        kind: 'filing',
        projectId,
        projectTitle: parsed.data.title,
        payload: { ...parsed.data },
        state: 'waiting',
        createdAt: new Date().toISOString(),
      });
      return kept.ok ? ok(projectId) : kept;
    },

    async fileAttendance(project, entries) {
      const request: AttendanceRequest = {
        attendanceId: crypto.randomUUID(),
        entries: entries.map(({ staffId, hours }) => ({ staffId, hours })),
      };
      if (!attendanceRequestSchema.safeParse(request).success) {
        return err(
          appError('validation', '没有可报送的人员，或人数超过一次报送的上限，请检查名单。'),
        );
      }
      const kept = await keep({
        id: request.attendanceId,
        kind: 'attendance',
        projectId: project.id,
        projectTitle: project.title,
        payload: { ...request },
        names: Object.fromEntries(entries.map(({ staffId, name }) => [staffId, name])),
        state: 'waiting',
        createdAt: new Date().toISOString(),
      });
      return kept.ok ? ok(request.attendanceId) : kept;
    },

    async sendNow() {
      const elsewhere = canWrite();
      if (elsewhere !== undefined) return err(elsewhere);
      const sent = await send();
      return sent.ok ? sent : err(syncError(sent.error));
    },
  };
}

/** The replica's projects and the outbox, now and after every change. */
export function watchProjects(
  db: ReviewerDatabase,
): Observable<{ projects: ProjectDoc[]; outbox: ProjectOutboxDoc[] }> {
  return combineLatest([db.projects.find().$, db.projectoutbox.find().$]).pipe(
    map(([projects, outbox]) => ({
      projects: projects.map((doc) => doc.toMutableJSON()),
      outbox: outbox.map((doc) => doc.toMutableJSON()),
    })),
  );
}
