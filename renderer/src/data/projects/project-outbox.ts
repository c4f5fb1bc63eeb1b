import type { AttendanceRequest, Project, ProjectFiling } from '#shared/contract/index.ts';
import { err, missingCaseError, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ProjectOutboxDoc } from '../db/project-schemas.ts';
import type { ApiClient } from '../sync/api-client.ts';
import { failureMessage } from '../sync/messages.ts';
import {
  storageFailure,
  withRetry,
  type CallFailure,
  type RetryOptions,
} from '../sync/with-retry.ts';

/**
 * The unit's filings on their way to the platform (待提交). Each is sent under its own id
 * (projectId, attendanceId, made here once and kept), so sending it again after a lost answer
 * never files twice. Filings go before attendance lists, each kind in the order written.
 */
export async function sendProjectOutbox(
  db: ReviewerDatabase,
  client: ApiClient,
  unitId: string,
  retry: RetryOptions,
): Promise<Result<number, CallFailure>> {
  let waiting: ProjectOutboxDoc[];
  try {
    const docs = await db.projectoutbox.find({ selector: { state: 'waiting' } }).exec();
    waiting = docs
      .map((doc) => doc.toMutableJSON())
      .sort((a, b) =>
        a.kind === b.kind ? a.createdAt.localeCompare(b.createdAt) : a.kind === 'filing' ? -1 : 1,
      );
  } catch (error) {
    return err(storageFailure(error));
  }
  let sent = 0;
  for (const doc of waiting) {
    const answered = await sendOne(db, client, unitId, doc, retry);
    if (!answered.ok) return answered;
    sent += 1;
  }
  return ok(sent);
}

async function sendOne(
  db: ReviewerDatabase,
  client: ApiClient,
  unitId: string,
  doc: ProjectOutboxDoc,
  retry: RetryOptions,
): Promise<Result<void, CallFailure>> {
  const settle = async (
    patch: Partial<ProjectOutboxDoc>,
    project?: Project,
  ): Promise<Result<void, CallFailure>> => {
    try {
      if (project !== undefined) {
        const { deleted: _tombstone, ...kept } = project;
        await db.projects.upsert(kept);
      }
      await db.projectoutbox.upsert({ ...doc, ...patch, settledAt: new Date().toISOString() });
      return ok(undefined);
    } catch (error) {
      return err(storageFailure(error));
    }
  };
  const refusedOrFailed = (failure: CallFailure): Promise<Result<void, CallFailure>> =>
    // The platform read the request and will not take it: its reason is kept, nothing resent.
    failure.reason === 'refused' && failure.failure.kind === 'http'
      ? settle({
          state: 'refused',
          detail: failure.failure.detail ?? failureMessage(failure.failure),
        })
      : Promise.resolve(err(failure));
  switch (doc.kind) {
    case 'filing': {
      const payload = doc.payload as ProjectFiling;
      const answer = await withRetry(() => client.fileProject(unitId, payload), retry);
      if (!answer.ok) return refusedOrFailed(answer.error);
      return settle(
        { state: 'done', detail: `已备案，备案日期 ${answer.value.filedDate}` },
        answer.value,
      );
    }
    case 'attendance': {
      const payload = doc.payload as AttendanceRequest;
      const answer = await withRetry(
        () => client.fileAttendance(unitId, doc.projectId, payload),
        retry,
      );
      if (!answer.ok) return refusedOrFailed(answer.error);
      return settle({ state: 'done', results: answer.value });
    }
    default:
      throw missingCaseError(doc.kind);
  }
}
