import type { Staff } from '#shared/contract/index.ts';
import { checkAttendanceEntry, type AttendanceCheck } from '#shared/rules/attendance-check.ts';
import type { ProjectDoc } from '../db/project-schemas.ts';
import type { ReviewSnapshot } from '../review/snapshot.ts';

/** Someone the unit says attended: chosen from the directory, or a row of a sign-in list. */
export interface AttendanceCandidate {
  readonly name: string;
  /** Chosen from the directory. */
  readonly staffId?: string;
  /** From a sign-in list, matched to the directory. */
  readonly idNumber?: string;
  /** The list's hours; the project's when absent. */
  readonly hours?: number;
  /** The sign-in list's row, as Excel shows it. */
  readonly row?: number;
}

export interface AttendancePreviewRow {
  readonly key: string;
  readonly row?: number;
  readonly name: string;
  readonly department: string;
  readonly staffId?: string;
  readonly hours: number;
  readonly check: AttendanceCheck;
}

/**
 * Each candidate checked as the platform and the rules would take it (checkAttendanceEntry),
 * against the directory and every claim the person has here. `waiting` are the people of this
 * project whose attendance is already kept here, not yet on the platform.
 */
export function previewAttendance(
  snapshot: ReviewSnapshot,
  project: ProjectDoc,
  candidates: readonly AttendanceCandidate[],
  waiting: ReadonlySet<string>,
  now: string,
): AttendancePreviewRow[] {
  const byIdNumber = new Map<string, Staff>();
  for (const person of snapshot.staff) if (!person.deleted) byIdNumber.set(person.idNumber, person);
  const listed = new Set(waiting);
  return candidates.map((candidate, index) => {
    const person =
      candidate.staffId !== undefined
        ? snapshot.staffById.get(candidate.staffId)
        : byIdNumber.get(candidate.idNumber ?? '');
    const hours = candidate.hours ?? project.hours;
    const check = checkAttendanceEntry({
      rulebook: snapshot.rulebook,
      project: { ...project, deleted: false },
      entry: { staffId: person?.id ?? '', hours },
      person,
      personClaims: person === undefined ? [] : (snapshot.claimsByStaff.get(person.id) ?? []),
      isListedBefore: person !== undefined && listed.has(person.id),
      now,
    });
    if (person !== undefined) listed.add(person.id);
    return {
      key: `${String(index)}:${person?.id ?? candidate.idNumber ?? candidate.name}`,
      ...(candidate.row === undefined ? {} : { row: candidate.row }),
      name: person?.name ?? candidate.name,
      department: person?.department ?? '',
      ...(person === undefined ? {} : { staffId: person.id }),
      hours,
      check,
    };
  });
}
