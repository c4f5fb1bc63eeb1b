import type { Unit } from '#shared/contract/index.ts';
import { claimStatusLabels } from '#shared/labels/index.ts';
import { buildAttendanceList, buildSignInSheet } from '#shared/sheets/export-project.ts';
import { exportFileName } from '#shared/sheets/file-name.ts';
import type { IpcResult } from '#shared/ipc/contract.ts';
import type { ProjectDoc } from '../../data/db/project-schemas.ts';
import type { ReviewSnapshot } from '../../data/review/snapshot.ts';
import { api } from '../../host/api.ts';
import { departmentOf } from '../../ui/department.ts';
import { saveSheet } from '../../ui/save-sheet.ts';

/**
 * 培训签到表 for a project, to print before the class: the unit's active staff by department,
 * each with room to sign (who will come is known only at the door).
 */
export async function saveSignInSheet(
  unit: Unit,
  project: ProjectDoc,
  snapshot: ReviewSnapshot,
): Promise<IpcResult<'saveFile'>> {
  const people = snapshot.staff
    .filter((person) => !person.deleted && person.status === 'active')
    .map((person) => ({ name: person.name, department: departmentOf(person) }))
    .sort(
      (a, b) =>
        a.department.localeCompare(b.department, 'zh-CN') || a.name.localeCompare(b.name, 'zh-CN'),
    );
  const now = new Date();
  const bytes = await buildSignInSheet({ unit, project, people, now });
  return saveSheet(api, exportFileName('signIn', `${unit.name}_${project.title}`, now), bytes);
}

/** 培训项目学时名单: the claims the project's attendance made, with their hours and state. */
export async function saveAttendanceList(
  unit: Unit,
  project: ProjectDoc,
  snapshot: ReviewSnapshot,
): Promise<IpcResult<'saveFile'>> {
  const rows = snapshot.claims
    .filter((claim) => !claim.deleted && claim.details?.projectId === project.id)
    .map((claim) => {
      const person = snapshot.staffById.get(claim.staffId);
      return {
        name: person?.name ?? claim.staffId,
        department: person === undefined ? '' : departmentOf(person),
        hours: claim.claimedHours,
        status: claimStatusLabels[claim.status],
      };
    })
    .sort((a, b) => a.department.localeCompare(b.department, 'zh-CN'));
  const now = new Date();
  const bytes = await buildAttendanceList({ unit, project, rows, now });
  return saveSheet(api, exportFileName('attendance', `${unit.name}_${project.title}`, now), bytes);
}
