import { z } from 'zod';
import { subjects } from './claim.ts';
import { maxCreditedHours } from './bounds.ts';
import type { Claim } from './claim.ts';
import { isoDate, isoTime, uuid } from './common.ts';

/** (1.1) Training projects a unit files (培训项目备案) and the hours of their attendees. */
export const projectForms = ['face_to_face', 'online', 'blended'] as const;
export type ProjectForm = (typeof projectForms)[number];

/** The contract's bounds on a project's and an attendee's hours: its one hours bound. */
export const maxProjectHours = maxCreditedHours;
export const maxAttendanceEntries = 500;

const filingFields = {
  projectId: uuid,
  title: z.string().min(1).max(200),
  organizer: z.string().min(1).max(200),
  subject: z.enum(subjects),
  form: z.enum(projectForms),
  startDate: isoDate,
  endDate: isoDate,
  hours: z.number().gt(0).max(maxProjectHours),
  venue: z.string().max(200).optional(),
  plannedAttendees: z.number().int().min(1).max(100_000).optional(),
  contact: z.strictObject({ name: z.string().max(50), phone: z.string().max(20) }).optional(),
};

/** What the unit files (`ProjectFiling`, a request: unknown fields are refused). */
export const projectFilingSchema = z.strictObject(filingFields);
export type ProjectFiling = z.infer<typeof projectFilingSchema>;

/** A filed project as the server keeps it (`Project`): the filing and the server's stamps. */
export const projectSchema = z.object({
  ...filingFields,
  id: z.string(),
  unitId: z.string(),
  filedAt: isoTime,
  filedDate: isoDate,
  updatedAt: isoTime,
  revision: z.number().int().min(1),
  deleted: z.boolean(),
});
export type Project = z.infer<typeof projectSchema>;

/** `POST …/projects/{projectId}/attendance`. */
export const attendanceRequestSchema = z.strictObject({
  attendanceId: uuid,
  entries: z
    .array(z.strictObject({ staffId: z.string(), hours: z.number().gt(0).max(maxProjectHours) }))
    .min(1)
    .max(maxAttendanceEntries),
});
export type AttendanceRequest = z.infer<typeof attendanceRequestSchema>;

export const attendanceResultStatuses = ['created', 'invalid'] as const;

export const attendanceResultSchema = z.object({
  staffId: z.string(),
  status: z.enum(attendanceResultStatuses),
  claimId: z.string().optional(),
  detail: z.string().optional(),
});
export type AttendanceResult = z.infer<typeof attendanceResultSchema>;

export const attendanceResultsSchema = z.object({ results: z.array(attendanceResultSchema) });

/**
 * The claim an accepted attendance entry makes (README, 单位代报): the project's facts, filed by
 * the unit, waiting for it. The server makes it; the client's preview judges the same claim.
 */
export function attendanceClaim(
  project: Project,
  id: string,
  staffId: string,
  hours: number,
  at: string,
): Claim {
  return {
    id,
    unitId: project.unitId,
    staffId,
    year: Number(project.startDate.slice(0, 4)),
    category: 'training',
    subject: project.subject,
    title: project.title,
    organizer: project.organizer,
    startDate: project.startDate,
    endDate: project.endDate,
    claimedHours: hours,
    details: { filedAt: project.filedDate, projectId: project.id },
    attachments: [],
    status: 'submitted',
    filedBy: 'unit',
    submittedAt: at,
    updatedAt: at,
    revision: 1,
    deleted: false,
  };
}
