import type { ProjectFiling, Subject } from '#shared/contract/index.ts';
import { missingCaseError } from '#shared/errors/result.ts';
import type { ProjectDoc, ProjectOutboxDoc } from '../db/project-schemas.ts';

/**
 * Where a project stands for the unit: waiting for the platform's stamp (待提交) or refused by it,
 * then 已备案 until it opens, 进行中 while it runs, 已结束待报学时 once it ended without its
 * attendance filed, 已报学时 after.
 */
export const projectStages = [
  'waiting',
  'refused',
  'filed',
  'running',
  'ended',
  'reported',
] as const;
export type ProjectStage = (typeof projectStages)[number];

export const projectStageLabels: Record<ProjectStage, string> = {
  waiting: '待提交',
  refused: '备案未通过',
  filed: '已备案',
  running: '进行中',
  ended: '已结束待报学时',
  reported: '已报学时',
};

/** One row of the projects list: the project as filed, or as it waits to be. */
export interface ProjectRow {
  readonly id: string;
  readonly title: string;
  readonly startDate: string;
  readonly endDate: string;
  readonly hours: number;
  readonly subject: Subject;
  /** The platform's filing date; undefined until it stamped the filing. */
  readonly filedDate?: string;
  readonly stage: ProjectStage;
  /** The platform's reason for a refusal, or that an attendance list waits to be sent. */
  readonly note?: string;
  /** The project as the platform holds it, once filed. */
  readonly project?: ProjectDoc;
}

export function stageOf(project: ProjectDoc, today: string, isReported: boolean): ProjectStage {
  if (isReported) return 'reported';
  if (project.endDate < today) return 'ended';
  if (project.startDate <= today) return 'running';
  return 'filed';
}

/**
 * The list: filed projects with their stage, then filings the platform has not stamped (or
 * refused), newest start first. `reportedIds` are the projects whose attendance claims are here.
 */
export function projectRows(
  projects: readonly ProjectDoc[],
  outbox: readonly ProjectOutboxDoc[],
  reportedIds: ReadonlySet<string>,
  today: string,
): ProjectRow[] {
  const filedIds = new Set(projects.map((p) => p.id));
  const attendanceOf = new Map<string, ProjectOutboxDoc>();
  for (const doc of outbox) if (doc.kind === 'attendance') attendanceOf.set(doc.projectId, doc);
  const rows: ProjectRow[] = [];
  for (const project of projects) {
    const attendance = attendanceOf.get(project.id);
    const isReported = reportedIds.has(project.id) || attendance?.state === 'done';
    rows.push({
      id: project.id,
      title: project.title,
      startDate: project.startDate,
      endDate: project.endDate,
      hours: project.hours,
      subject: project.subject,
      filedDate: project.filedDate,
      stage: stageOf(project, today, isReported),
      ...(attendance?.state === 'waiting' ? { note: '学时报送待提交' } : {}),
      ...(attendance?.state === 'refused'
        ? { note: `学时报送未通过：${attendance.detail ?? ''}` }
        : {}),
      project,
    });
  }
  for (const doc of outbox) {
    if (doc.kind !== 'filing' || filedIds.has(doc.projectId) || doc.state === 'done') continue;
    const filing = doc.payload as Pick<
      ProjectFiling,
      'startDate' | 'endDate' | 'hours' | 'subject'
    >;
    rows.push({
      id: doc.projectId,
      title: doc.projectTitle,
      startDate: filing.startDate,
      endDate: filing.endDate,
      hours: filing.hours,
      subject: filing.subject,
      stage: doc.state === 'refused' ? 'refused' : 'waiting',
      ...(doc.detail === undefined ? {} : { note: doc.detail }),
    });
  }
  return rows.sort((a, b) => b.startDate.localeCompare(a.startDate) || a.id.localeCompare(b.id));
}

/** Whether a row may take its attendance now: ended, filed, nothing filed or waiting for it. */
export function canReport(row: ProjectRow): boolean {
  switch (row.stage) {
    case 'ended':
      return row.note === undefined || row.note.startsWith('学时报送未通过');
    case 'waiting':
    case 'refused':
    case 'filed':
    case 'running':
    case 'reported':
      return false;
    default:
      throw missingCaseError(row.stage);
  }
}
