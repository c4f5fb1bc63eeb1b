import {
  attendanceClaim,
  type Claim,
  type Project,
  type RulebookId,
  type Staff,
} from '../contract/index.ts';
import type { WorkdayCalendar } from '../calendar/working-days.ts';
import { evaluateClaim } from './evaluate-all.ts';
import type { Finding, Suggestion } from './types.ts';

/** One attendee of a project as the unit is about to file them. */
export interface AttendanceEntry {
  readonly staffId: string;
  readonly hours: number;
}

/**
 * What the preview says of one entry before anything is sent: `refused` when the platform would
 * refuse it (README, 单位代报: not an active staff member, more hours than the project, already
 * filed from this project); otherwise how the rules would judge the claim it makes (daily cap,
 * annual caps of the rulebook, filing in time …).
 */
export type AttendanceCheck =
  | { readonly kind: 'refused'; readonly reason: string }
  | {
      readonly kind: 'accepted';
      readonly suggestion: Suggestion;
      readonly credited: number;
      readonly findings: readonly Finding[];
    };

export interface AttendanceCheckInput {
  readonly rulebook: RulebookId;
  readonly project: Project;
  readonly entry: AttendanceEntry;
  /** The person as the replica holds them; undefined when not in the unit's directory. */
  readonly person: Pick<Staff, 'id' | 'name' | 'status'> | undefined;
  /** Every claim of that person (any status, any year). */
  readonly personClaims: readonly Claim[];
  /** Entered earlier in this same list, or filed before and not yet on the platform. */
  readonly isListedBefore: boolean;
  /** When the preview is made (ISO time): the made claim's submission time. */
  readonly now: string;
  readonly calendar?: WorkdayCalendar;
}

export function checkAttendanceEntry(input: AttendanceCheckInput): AttendanceCheck {
  const { project, entry, person } = input;
  const refuse = (reason: string): AttendanceCheck => ({ kind: 'refused', reason });
  if (person === undefined) return refuse('本单位人员名单中没有此人，请先核对姓名和身份证号。');
  if (person.status !== 'active') {
    return refuse(`${person.name}不是本单位在职人员，不能报送学时。`);
  }
  if (!(entry.hours > 0)) return refuse('学时须大于 0。');
  if (entry.hours > project.hours) {
    return refuse(`学时 ${entry.hours} 超过本项目的 ${project.hours} 学时，请改为不超过项目学时。`);
  }
  const isFiled = input.personClaims.some(
    (claim) => !claim.deleted && claim.details?.projectId === project.id,
  );
  if (isFiled || input.isListedBefore) return refuse(`${person.name}已报送过本项目的学时。`);
  const made = attendanceClaim(project, 'preview', person.id, entry.hours, input.now);
  const evaluation = evaluateClaim(
    input.rulebook,
    made,
    input.personClaims,
    input.calendar === undefined ? {} : { calendar: input.calendar },
  );
  return {
    kind: 'accepted',
    suggestion: evaluation.suggestion,
    credited: evaluation.credited.public + evaluation.credited.professional,
    findings: evaluation.findings,
  };
}
