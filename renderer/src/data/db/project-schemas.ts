import type { RxJsonSchema } from 'rxdb';
import type { AttendanceResult, Project } from '#shared/contract/index.ts';

/** A training project as the platform sent it (the `/projects` pull), without RxDB's tombstone flag. */
export type ProjectDoc = Omit<Project, 'deleted'>;

export const projectOutboxKinds = ['filing', 'attendance'] as const;
export type ProjectOutboxKind = (typeof projectOutboxKinds)[number];

/**
 * `waiting`: not yet answered by the platform (待提交); sent again until it is, harmless since the
 * id is the request's own (projectId, attendanceId). `done`: the platform took it. `refused`: the
 * platform answered that it will not (its reason in `detail`); nothing more is sent.
 */
export const projectOutboxStates = ['waiting', 'done', 'refused'] as const;
export type ProjectOutboxState = (typeof projectOutboxStates)[number];

/** A filing or an attendance list on its way to the platform, and its answer once it came. */
export interface ProjectOutboxDoc {
  /** The request's own id: projectId for a filing, attendanceId for an attendance list. */
  readonly id: string;
  readonly kind: ProjectOutboxKind;
  readonly projectId: string;
  readonly projectTitle: string;
  /** The request body as it is sent: a ProjectFiling or an AttendanceRequest. */
  readonly payload: Record<string, unknown>;
  /** Names by staffId, for showing an attendance list's results. */
  readonly names?: Record<string, string>;
  readonly state: ProjectOutboxState;
  readonly detail?: string;
  readonly results?: readonly AttendanceResult[];
  readonly createdAt: string;
  readonly settledAt?: string;
}

const text = { type: 'string' } as const;
const time = { type: 'string', maxLength: 32 } as const;
const number = { type: 'number' } as const;
const object = { type: 'object' } as const;

export const projectDocSchema: RxJsonSchema<ProjectDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    projectId: text,
    unitId: text,
    title: text,
    organizer: text,
    subject: text,
    form: text,
    startDate: text,
    endDate: text,
    hours: number,
    venue: text,
    plannedAttendees: number,
    contact: object,
    filedAt: time,
    filedDate: text,
    updatedAt: time,
    revision: number,
  },
  required: ['id', 'unitId', 'title', 'startDate', 'endDate', 'hours', 'filedDate', 'updatedAt'],
};

export const projectOutboxDocSchema: RxJsonSchema<ProjectOutboxDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    kind: { type: 'string', enum: [...projectOutboxKinds] },
    projectId: text,
    projectTitle: text,
    payload: object,
    names: object,
    state: { type: 'string', enum: [...projectOutboxStates], maxLength: 16 },
    detail: text,
    results: { type: 'array', items: object },
    createdAt: time,
    settledAt: time,
  },
  required: ['id', 'kind', 'projectId', 'payload', 'state', 'createdAt'],
};
