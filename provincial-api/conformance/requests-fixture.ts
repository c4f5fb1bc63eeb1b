import { expect } from 'vitest';
import type {
  ChangeRequest,
  Decision,
  DecisionResult,
  Staff,
  Transfer,
} from '../../shared/contract/index.ts';
import { createRecord } from '../db/records.ts';
import { decision, pullAll, type Harness } from './harness.ts';

/** What the 1.1 conformance tests do over and over, for one signed-in unit. */
export function requestTools(h: Harness, token: string, unitId: string) {
  const pull = <T extends { id: string; updatedAt: string }>(kind: string) =>
    pullAll<T>(h, token, `/units/${unitId}/${kind}`, 1000);
  /** The current version of each record of a kind, by id. */
  const current = async <T extends { id: string; updatedAt: string }>(kind: string) =>
    new Map((await pull<T>(kind)).map((doc) => [doc.id, doc]));
  const push = async (decisions: Decision[]) => {
    const reply = await h.call('POST', `/units/${unitId}/decisions`, {
      token,
      body: { decisions },
    });
    expect(reply.status).toBe(200);
    return (reply.body as { results: DecisionResult[] }).results;
  };
  const one = async (d: Decision) => (await push([d]))[0];
  /** A decision on a request: no hours, a reason when it refuses. */
  const onRequest = (
    kind: 'change' | 'transfer',
    target: { id: string; revision: number },
    outcome: Decision['outcome'],
    extra: Partial<Decision> = {},
  ): Decision => {
    const { creditedHours: _none, ...d } = decision({
      target: { kind, id: target.id },
      baseRevision: target.revision,
      outcome,
      ...(outcome === 'approve' ? {} : { reason: '与档案不符' }),
    });
    return { ...d, ...extra };
  };
  const submittedChange = async (field: string) => {
    const found = [...(await current<ChangeRequest>('changes')).values()].find(
      (c) => c.status === 'submitted' && field in c.changes,
    );
    if (found === undefined) throw new Error(`seed has no submitted change of ${field}`);
    return found;
  };
  const activeStaff = async () =>
    [...(await current<Staff>('staff')).values()].filter(
      (s) => s.status === 'active' && !s.deleted,
    );
  const submittedTransfer = async (direction: 'in' | 'out') => {
    const found = [...(await current<Transfer>('transfers')).values()].find(
      (t) => t.status === 'submitted' && t.direction === direction,
    );
    if (found === undefined) throw new Error(`seed has no submitted transfer ${direction}`);
    return found;
  };
  /** A request the staff member makes now, as the simulator would. */
  let made = 0;
  const makeChange = (staff: Staff, changes: ChangeRequest['changes']): Promise<ChangeRequest> =>
    createRecord<ChangeRequest>(h.server.db, 'changes', Date.now(), (at) => ({
      id: `${unitId}-RX${String((made += 1))}`,
      unitId,
      staffId: staff.id,
      changes,
      attachments: [],
      status: 'submitted',
      submittedAt: at,
      updatedAt: at,
      revision: 1,
      deleted: false,
    }));

  /** A transfer the person asks for now. */
  const makeTransfer = (
    fields: Pick<Transfer, 'direction' | 'person'> & { staffId?: string },
  ): Promise<Transfer> =>
    createRecord<Transfer>(h.server.db, 'transfers', Date.now(), (at) => ({
      id: `${unitId}-TX${String((made += 1))}`,
      unitId,
      ...fields,
      otherUnit: { name: '青岛市市立医院', region: '山东省青岛市' },
      attachments: [],
      status: 'submitted',
      submittedAt: at,
      updatedAt: at,
      revision: 1,
      deleted: false,
    }));

  /** A staff member asks to move to another department. */
  const departmentChange = (person: Staff) =>
    makeChange(person, {
      department: { from: person.department ?? null, to: `${person.department ?? ''}（新）` },
    });

  return {
    pull,
    current,
    push,
    one,
    onRequest,
    submittedChange,
    submittedTransfer,
    activeStaff,
    makeChange,
    makeTransfer,
    departmentChange,
  };
}
