import type { RxJsonSchema } from 'rxdb';
import {
  categories,
  claimStatuses,
  staffStatuses,
  type Claim,
  type Decision,
  type Staff,
} from '#shared/contract/index.ts';
import type { DecisionState } from '#shared/labels/index.ts';
import type { Manager } from '#shared/sheets/managers.ts';

/**
 * Replicated records are kept as the server sends them, without the tombstone flag RxDB owns.
 * The 1.1 fields (integrityRecords, filedBy) are not in the stored schema yet: adding them needs
 * a schema version and its migration (the replica's part of contract 1.1).
 */
export type StaffDoc = Omit<Staff, 'deleted' | 'integrityRecords'>;
export type ClaimDoc = Omit<Claim, 'deleted' | 'filedBy'>;

/**
 * The outbox: the decision as it will be pushed (never edited once written) plus its sync state.
 */
export interface DecisionDoc {
  readonly decisionId: string;
  readonly payload: Decision;
  readonly staffId: string;
  readonly staffName: string;
  readonly title: string;
  readonly category: string;
  readonly claimedHours: number;
  readonly integrityMark: boolean;
  readonly createdAt: string;
  readonly state: DecisionState;
  readonly detail?: string;
  /** The target's state on the server when it answered conflict. */
  readonly serverClaim?: Record<string, unknown>;
  readonly serverStaff?: Record<string, unknown>;
  readonly settledAt?: string;
}

export interface EvidenceDoc {
  readonly id: string;
  readonly claimId: string;
  readonly sha256: string;
  readonly mimeType: string;
  readonly size: number;
  readonly fetchedAt: string;
}

/** Small keyed documents: checkpoints, sync status, settings, the signed-in unit. */
export interface MetaDoc {
  readonly key: string;
  readonly value: Record<string, unknown>;
}

export interface AuditDoc {
  readonly id: string;
  readonly at: string;
  readonly actor: string;
  readonly action: string;
  readonly subject: string;
  readonly detail: string;
}

export interface PullIssueDoc {
  readonly id: string;
  /** `staff` or `claims`. Not `collection`: RxDB documents own that name, and a field of it breaks every write. */
  readonly source: string;
  readonly documentId: string;
  readonly message: string;
  readonly at: string;
}

/** A platform manager as the unit keeps it on this machine: the filing's fields, keyed. */
export interface ManagerDoc extends Manager {
  readonly id: string;
  readonly updatedAt: string;
}

const id = { type: 'string', maxLength: 64 } as const;
const text = { type: 'string' } as const;
const time = { type: 'string', maxLength: 32 } as const;
const number = { type: 'number' } as const;
const object = { type: 'object' } as const;

export const staffDocSchema: RxJsonSchema<StaffDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id,
    unitId: text,
    name: text,
    idNumber: text,
    gender: text,
    phone: text,
    department: text,
    title: text,
    titleLevel: text,
    specialty: text,
    status: { type: 'string', enum: [...staffStatuses] },
    transferredInHours: { type: 'array', items: object },
    updatedAt: time,
    revision: number,
  },
  required: ['id', 'unitId', 'name', 'idNumber', 'status', 'updatedAt', 'revision'],
  // 身份证号 and phone numbers never rest in plain text.
  encrypted: ['idNumber', 'phone'],
};

export const claimDocSchema: RxJsonSchema<ClaimDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id,
    unitId: text,
    staffId: text,
    year: number,
    category: { type: 'string', enum: [...categories] },
    subject: text,
    title: text,
    organizer: text,
    startDate: text,
    endDate: text,
    claimedHours: number,
    details: object,
    attachments: { type: 'array', items: object },
    status: { type: 'string', enum: [...claimStatuses] },
    creditedHours: object,
    decision: object,
    submittedAt: time,
    updatedAt: time,
    revision: number,
  },
  required: [
    'id',
    'unitId',
    'staffId',
    'year',
    'category',
    'title',
    'claimedHours',
    'status',
    'submittedAt',
    'updatedAt',
    'revision',
    'attachments',
  ],
};

export const decisionDocSchema: RxJsonSchema<DecisionDoc> = {
  // 1: the `sending` state (sent, the platform's answer not yet read).
  version: 1,
  primaryKey: 'decisionId',
  type: 'object',
  properties: {
    decisionId: id,
    payload: object,
    staffId: text,
    staffName: text,
    title: text,
    category: text,
    claimedHours: number,
    integrityMark: { type: 'boolean' },
    createdAt: time,
    state: {
      type: 'string',
      enum: ['pending', 'sending', 'applied', 'duplicate', 'conflict', 'invalid'],
      maxLength: 16,
    },
    detail: text,
    serverClaim: object,
    serverStaff: object,
    settledAt: time,
  },
  required: ['decisionId', 'payload', 'state', 'createdAt'],
  indexes: ['state'],
};

export const evidenceDocSchema: RxJsonSchema<EvidenceDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id, claimId: text, sha256: text, mimeType: text, size: number, fetchedAt: time },
  required: ['id', 'claimId', 'sha256', 'mimeType', 'size', 'fetchedAt'],
  attachments: {},
};

export const metaDocSchema: RxJsonSchema<MetaDoc> = {
  version: 0,
  primaryKey: 'key',
  type: 'object',
  properties: { key: id, value: object },
  required: ['key', 'value'],
};

export const auditDocSchema: RxJsonSchema<AuditDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: { id, at: time, actor: text, action: text, subject: text, detail: text },
  required: ['id', 'at', 'actor', 'action', 'subject', 'detail'],
};

export const pullIssueDocSchema: RxJsonSchema<PullIssueDoc> = {
  version: 1,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 200 },
    source: text,
    documentId: text,
    message: text,
    at: time,
  },
  required: ['id', 'source', 'documentId', 'message', 'at'],
};

export const managerDocSchema: RxJsonSchema<ManagerDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id,
    department: text,
    name: text,
    title: text,
    idNumber: text,
    mobile: text,
    landline: text,
    updatedAt: time,
  },
  required: ['id', 'department', 'name', 'idNumber', 'updatedAt'],
  encrypted: ['idNumber', 'mobile'],
};
