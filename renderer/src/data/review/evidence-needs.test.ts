import { describe, expect, it } from 'vitest';
import type { Attachment } from '#shared/contract/index.ts';
import { fakeClaim, fakeIdNumber, fakeStaff } from '#shared/sheets/test-data.ts';
import type { DecisionDoc, TransferDoc } from '../db/schemas.ts';
import { evidenceNeeds } from './evidence-needs.ts';
import { emptySnapshot } from './snapshot.ts';

const file = (id: string): Attachment => ({
  id,
  fileName: `${id}.pdf`,
  mimeType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
});

const staff = fakeStaff(1);
const claim = fakeClaim(1, staff.id, { status: 'submitted', attachments: [file('f-claim')] });
const transfer = (id: string): TransferDoc => ({
  id,
  unitId: staff.unitId,
  direction: 'in',
  person: { name: '新同事', idNumber: fakeIdNumber(90) },
  attachments: [file(`f-${id}`)],
  status: 'submitted',
  submittedAt: '2025-06-02T00:00:00.000Z',
  updatedAt: '2025-06-02T00:00:00.000Z',
  revision: 1,
});

/** A decision made here and waiting for the sync. */
const waiting = (id: string): DecisionDoc => ({
  decisionId: `00000000-0000-4000-8000-00000000000${id.length}`,
  payload: {
    decisionId: `00000000-0000-4000-8000-00000000000${id.length}`,
    target: { kind: 'transfer', id },
    baseRevision: 1,
    outcome: 'approve',
    reviewerName: '王审核',
    decidedAt: '2025-06-03T00:00:00.000Z',
  },
  staffId: staff.id,
  staffName: staff.name,
  title: '调入',
  category: 'transfer',
  claimedHours: 0,
  integrityMark: false,
  createdAt: '2025-06-03T00:00:00.000Z',
  state: 'pending',
});

describe('evidenceNeeds', () => {
  it('brings the files of claims and of (1.1) requests still to be reviewed, under their inbox keys', () => {
    const needs = evidenceNeeds({
      ...emptySnapshot('shandong-2021'),
      claims: [claim],
      transfers: [transfer('t-1'), transfer('t-2')],
      decisions: new Map([['t-2', waiting('t-2')]]),
    });
    expect({
      pending: [...needs.pending].map(([key, files]) => [key, files.map((f) => f.id)]),
      // The decided transfer is waiting for the sync: its file stays; the others are not decided.
      waiting: ['transfer:t-2', 'transfer:t-1', claim.id].map((key) => needs.isWaiting(key)),
    }).toEqual({
      pending: [
        [claim.id, ['f-claim']],
        ['transfer:t-1', ['f-t-1']],
      ],
      waiting: [true, false, false],
    });
  });
});
