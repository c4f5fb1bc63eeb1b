import { describe, expect, it } from 'vitest';
import type { Staff } from '../../shared/contract/index.ts';
import { createRandom } from '../seed/random.ts';
import { newChange, newTransferOut, requestAction } from './requests.ts';

const staff: Staff = {
  id: 'U0001-S000001',
  unitId: 'U0001',
  name: '张三',
  idNumber: '11010519491231002X',
  phone: '13900000000',
  department: '内科',
  status: 'active',
  updatedAt: '2026-03-01T08:00:00.000Z',
  revision: 1,
  deleted: false,
};
const at = '2026-03-02T08:00:00.000Z';

describe('simulated requests', () => {
  it('makes change requests whose `from` is what the record holds, and transfers out of the person', () => {
    const r = createRandom(5);
    const changes = Array.from({ length: 20 }, (_, i) => newChange(r, staff, `R${i}`, at));
    const fields = new Set(changes.flatMap((c) => Object.keys(c.changes)));
    expect(fields).toEqual(new Set(['phone', 'department']));
    for (const change of changes) {
      const [[field, value]] = Object.entries(change.changes) as [
        [keyof Staff, { from: unknown; to: string }],
      ];
      expect(value.from).toBe(staff[field]);
      expect(value.to).not.toBe(staff[field]);
    }
    expect(newTransferOut(r, staff, 'T1', at)).toMatchObject({
      direction: 'out',
      staffId: staff.id,
      person: { name: '张三', idNumber: staff.idNumber },
      status: 'submitted',
      revision: 1,
    });
  });

  it('edits or withdraws a submitted request, and leaves a decided or withdrawn one alone', () => {
    const r = createRandom(2);
    const change = newChange(r, staff, 'R1', at);
    const transfer = newTransferOut(r, staff, 'T1', at);
    const kinds = new Set<string>();
    for (let i = 0; i < 40; i++) {
      for (const doc of [change, transfer]) {
        const action = requestAction(r, doc);
        kinds.add(action?.kind ?? 'none');
        if (action?.kind.endsWith('Withdrawn')) expect(action.next.status).toBe('withdrawn');
        if (action?.kind.endsWith('Edited')) expect(action.next.status).toBe('submitted');
      }
    }
    expect(kinds).toEqual(
      new Set(['changeEdited', 'changeWithdrawn', 'transferEdited', 'transferWithdrawn']),
    );
    for (const status of ['unit_approved', 'unit_rejected', 'withdrawn'] as const) {
      expect(requestAction(r, { ...change, status })).toBeUndefined();
    }
  });
});
