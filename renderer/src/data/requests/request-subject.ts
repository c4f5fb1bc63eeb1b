import { changeableFields } from '#shared/contract/index.ts';
import { changeTitle, transferDirectionLabels } from '#shared/labels/index.ts';
import type { ChangeDoc, TransferDoc } from '../db/schemas.ts';
import type { ReviewSnapshot } from '../review/snapshot.ts';
import type { DecidedRequest } from '../sync/decision-doc.ts';

/** The fields a change request changes, in the order the staff record lists them. */
export const changedFields = (changes: ChangeDoc['changes']) =>
  changeableFields.filter((field) => changes[field] !== undefined);

/** What is asked, in words: 变更身份证号、部门; 调入（某单位）; 调出（某单位）. */
export function requestTitle(request: { change: ChangeDoc } | { transfer: TransferDoc }): string {
  if ('change' in request) return changeTitle(changedFields(request.change.changes));
  const { direction, otherUnit } = request.transfer;
  const where = otherUnit === undefined ? '' : `（${otherUnit.name}）`;
  return `${transferDirectionLabels[direction]}${where}`;
}

/** A change request or transfer as a decision on it records it. */
export function requestSubject(
  snapshot: Pick<ReviewSnapshot, 'staffById'>,
  request: { change: ChangeDoc } | { transfer: TransferDoc },
): DecidedRequest {
  const title = requestTitle(request);
  if ('change' in request) {
    const { id, revision, staffId } = request.change;
    const staffName = snapshot.staffById.get(staffId)?.name ?? '（未知人员）';
    return { kind: 'change', id, revision, staffId, staffName, title };
  }
  const { id, revision, staffId, person } = request.transfer;
  // A person transferring in has no staff record of this unit until the transfer is approved.
  return { kind: 'transfer', id, revision, staffId: staffId ?? '', staffName: person.name, title };
}
