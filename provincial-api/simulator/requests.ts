import type { ChangeRequest, Staff, Transfer } from '../../shared/contract/index.ts';
import { departments } from '../seed/catalog.ts';
import type { Random } from '../seed/random.ts';

/** What staff do to their change requests and transfers while the unit reviews. */
export type RequestActionKind =
  | 'changeMade'
  | 'changeEdited'
  | 'changeWithdrawn'
  | 'transferMade'
  | 'transferEdited'
  | 'transferWithdrawn';

const mobile = (r: Random) => `139${String(r.int(0, 99_999_999)).padStart(8, '0')}`;

/** A new change request of a staff member: a new phone number or another department. */
export function newChange(r: Random, staff: Staff, id: string, at: string): ChangeRequest {
  const changes: ChangeRequest['changes'] = r.chance(0.5)
    ? { phone: { from: staff.phone ?? null, to: mobile(r) } }
    : {
        department: {
          from: staff.department ?? null,
          to: r.pick(departments.filter((d) => d !== staff.department)),
        },
      };
  return {
    id,
    unitId: staff.unitId,
    staffId: staff.id,
    changes,
    attachments: [],
    status: 'submitted',
    submittedAt: at,
    updatedAt: at,
    revision: 1,
    deleted: false,
  };
}

/** A new transfer out of a staff member to another unit. */
export function newTransferOut(r: Random, staff: Staff, id: string, at: string): Transfer {
  return {
    id,
    unitId: staff.unitId,
    direction: 'out',
    staffId: staff.id,
    person: { name: staff.name, idNumber: staff.idNumber },
    otherUnit: { name: r.pick(['青岛市市立医院', '烟台毓璜顶医院', '潍坊市人民医院']) },
    effectiveDate: new Date(Date.parse(at) + r.int(10, 40) * 86_400_000).toISOString().slice(0, 10),
    attachments: [],
    status: 'submitted',
    submittedAt: at,
    updatedAt: at,
    revision: 1,
    deleted: false,
  };
}

/**
 * Edit or withdraw a submitted change request or transfer; undefined when it no longer waits
 * for the unit (decided or withdrawn), so the person cannot act on it.
 */
export function requestAction<T extends ChangeRequest | Transfer>(
  r: Random,
  doc: T,
): { kind: RequestActionKind; next: T } | undefined {
  if (doc.deleted || doc.status !== 'submitted') return undefined;
  const noun = 'direction' in doc ? 'transfer' : 'change';
  if (r.chance(0.3)) return { kind: `${noun}Withdrawn`, next: { ...doc, status: 'withdrawn' } };
  const reason = `${(doc.reason ?? '').replace(/（补充\d*）$/, '')}（补充${doc.revision}）`;
  if ('direction' in doc) return { kind: 'transferEdited', next: { ...doc, reason } };
  // A change request is edited by asking for another value of the same field.
  const changes = Object.fromEntries(
    Object.entries(doc.changes).map(([field, c]) => [
      field,
      {
        ...c,
        to:
          field === 'phone'
            ? mobile(r)
            : field === 'department'
              ? r.pick(departments.filter((d) => d !== c.from && d !== c.to))
              : c.to,
      },
    ]),
  );
  return { kind: 'changeEdited', next: { ...doc, changes, reason } };
}
