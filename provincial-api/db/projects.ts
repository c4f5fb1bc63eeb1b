import {
  attendanceClaim,
  projectFilingProblem,
  projectFilingSchema,
  type AttendanceRequest,
  type AttendanceResult,
  type Claim,
  type Project,
  type ProjectFiling,
  type Staff,
} from '../../shared/contract/index.ts';
import { canonical } from './canonical.ts';
import { isoOf, stamp } from './clock.ts';
import type { Database, Sql } from './database.ts';
import { chinaDateOf } from './integrity.ts';
import { insertRecords, readForUpdate } from './records.ts';

/** What the unit filed, out of the project as the server keeps it. */
const filingOf = (project: Project): ProjectFiling =>
  Object.fromEntries(
    Object.keys(projectFilingSchema.shape).flatMap((key) =>
      key in project ? [[key, project[key as keyof Project]]] : [],
    ),
  ) as ProjectFiling;

export type FilingOutcome =
  | { readonly kind: 'created' | 'filed-before'; readonly project: Project }
  | { readonly kind: 'reused' }
  | { readonly kind: 'invalid'; readonly detail: string };

/**
 * Files a project (README, Training projects): idempotent by projectId; the server stamps
 * `filedAt` and `filedDate` (its clock's day in UTC+8) and refuses what the rules refuse.
 */
export function fileProject(
  db: Database,
  unitId: string,
  filing: ProjectFiling,
  nowMs: number,
): Promise<FilingOutcome> {
  return db.transaction(async (tx) => {
    const stampMs = await stamp(tx, nowMs);
    const before = (await readForUpdate<Project>(tx, 'projects', [filing.projectId])).get(
      filing.projectId,
    );
    if (before !== undefined) {
      const isSame = before.unitId === unitId && canonical(filingOf(before)) === canonical(filing);
      return isSame ? { kind: 'filed-before', project: before } : { kind: 'reused' };
    }
    const filedDate = chinaDateOf(stampMs);
    const problem = projectFilingProblem(filing, filedDate);
    if (problem !== undefined) return { kind: 'invalid', detail: problem };
    const at = isoOf(stampMs);
    const project: Project = {
      ...filing,
      id: filing.projectId,
      unitId,
      filedAt: at,
      filedDate,
      updatedAt: at,
      revision: 1,
      deleted: false,
    };
    await insertRecords(tx, 'projects', [project]);
    return { kind: 'created', project };
  });
}

export type AttendanceOutcome =
  | { readonly kind: 'answered'; readonly results: readonly AttendanceResult[] }
  | { readonly kind: 'reused' | 'unknown-project' | 'not-ended' };

/** Staff of the unit who already have a claim from this project. */
async function alreadyFiled(tx: Sql, unitId: string, projectId: string): Promise<Set<string>> {
  const rows = await tx.query<{ staffId: string }>(
    `SELECT staff_id AS "staffId" FROM claims
      WHERE unit_id = $1 AND doc->'details'->>'projectId' = $2`,
    [unitId, projectId],
  );
  return new Set(rows.map((row) => row.staffId));
}

/**
 * Files the hours of a finished project's attendees (README, 单位代报): idempotent by
 * attendanceId; one claim per accepted entry, `invalid` (with why) for the others.
 */
export function fileAttendance(
  db: Database,
  unitId: string,
  projectId: string,
  request: AttendanceRequest,
  nowMs: number,
): Promise<AttendanceOutcome> {
  return db.transaction(async (tx) => {
    const stampMs = await stamp(tx, nowMs);
    const content = canonical({ unitId, projectId, ...request });
    const [earlier] = await tx.query<{ content: string; answer: AttendanceResult[] }>(
      'SELECT content, answer FROM attendance WHERE attendance_id = $1 FOR UPDATE',
      [request.attendanceId],
    );
    if (earlier !== undefined) {
      return earlier.content === content
        ? { kind: 'answered', results: earlier.answer }
        : { kind: 'reused' };
    }
    const project = (await readForUpdate<Project>(tx, 'projects', [projectId])).get(projectId);
    if (project?.unitId !== unitId || project.deleted) return { kind: 'unknown-project' };
    if (project.endDate >= chinaDateOf(stampMs)) return { kind: 'not-ended' };
    const staff = await readForUpdate<Staff>(
      tx,
      'staff',
      request.entries.map((e) => e.staffId),
    );
    const filed = await alreadyFiled(tx, unitId, projectId);
    const at = isoOf(stampMs);
    const serial = request.attendanceId.replaceAll('-', '').slice(0, 16);
    const claims: Claim[] = [];
    const results = request.entries.map((entry, n): AttendanceResult => {
      const person = staff.get(entry.staffId);
      const refuse = (detail: string) =>
        ({ staffId: entry.staffId, status: 'invalid', detail }) as const;
      if (person?.unitId !== unitId || person.status !== 'active' || person.deleted) {
        return refuse('不是本单位的在职人员。');
      }
      if (entry.hours > project.hours) return refuse(`学时超过项目的 ${project.hours} 学时。`);
      if (filed.has(entry.staffId)) return refuse('该人员已有本项目的学时申报。');
      filed.add(entry.staffId);
      const claim = attendanceClaim(
        project,
        `${unitId}-PA${serial}-${n + 1}`,
        entry.staffId,
        entry.hours,
        at,
      );
      claims.push(claim);
      return { staffId: entry.staffId, status: 'created', claimId: claim.id };
    });
    await insertRecords(tx, 'claims', claims);
    await tx.query('INSERT INTO attendance VALUES ($1, $2, $3, $4, $5::jsonb)', [
      request.attendanceId,
      unitId,
      projectId,
      content,
      JSON.stringify(results),
    ]);
    return { kind: 'answered', results };
  });
}
