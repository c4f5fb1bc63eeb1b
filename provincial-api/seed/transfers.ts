import type { Staff, Transfer } from '../../shared/contract/index.ts';
import { departments, titles, unitTemplates } from './catalog.ts';
import type { AttachmentRow } from './claims.ts';
import { personIdNumber, personName } from './people.ts';
import type { Random } from './random.ts';
import { attach, dayMs, decided, submittedAt, type RequestContext } from './request-parts.ts';

/**
 * A unit's transfers: people coming in with certified hours of one or two years and people
 * leaving, and decided ones (one refused, those who already left, those who came with hours).
 */
export function makeTransfers(
  r: Random,
  ctx: RequestContext,
  isFull: boolean,
  active: readonly Omit<Staff, 'updatedAt'>[],
  nextPerson: () => Omit<Staff, 'updatedAt'> | undefined,
) {
  const transfers: Omit<Transfer, 'updatedAt'>[] = [];
  const attachments: AttachmentRow[] = [];
  const size = ctx.staff.length;
  const year = new Date(ctx.nowMs).getUTCFullYear();
  const elsewhere = unitTemplates.filter((t) => t.regionCode !== ctx.template.regionCode);
  const transferCount = 1 + (isFull ? Math.floor(size / 300) : 0);
  let serial = 0;
  const transferId = () => `${ctx.unitId}-T${String(++serial).padStart(4, '0')}`;
  const effectiveDate = () => new Date(ctx.nowMs + r.int(5, 40) * dayMs).toISOString().slice(0, 10);
  for (let n = 0; n < transferCount; n++) {
    const from = r.pick(elsewhere);
    const isMale = r.chance(0.5);
    const [title, titleLevel, specialty] = r.pick(titles);
    const years = r.chance(0.5) ? [year] : [year - 1, year];
    const id = transferId();
    const file = attach(r, ctx, id, '调动审批表');
    attachments.push(file);
    transfers.push({
      id,
      unitId: ctx.unitId,
      direction: 'in',
      person: {
        name: personName(r),
        idNumber: personIdNumber(r, from, ctx.taken, isMale),
        gender: isMale ? '男' : '女',
        department: r.pick(departments),
        title,
        titleLevel,
        specialty,
      },
      otherUnit: { name: r.pick(from.names), region: from.region },
      transferredInHours: years.map((y) => ({
        year: y,
        publicHours: r.pick([10, 20, 30]),
        professionalHours: r.pick([20, 40, 60]),
        certificateNo: `${from.regionCode}-${y}-${String(r.int(0, 999_999)).padStart(6, '0')}`,
      })),
      effectiveDate: effectiveDate(),
      reason: '工作调动',
      attachments: [file].map(({ ownerId: _ownerId, ...a }) => a),
      status: 'submitted',
      submittedAt: submittedAt(r, ctx),
      revision: 1,
      deleted: false,
    });
    const leaving = nextPerson();
    if (leaving === undefined) continue;
    const to = r.pick(elsewhere);
    transfers.push({
      id: transferId(),
      unitId: ctx.unitId,
      direction: 'out',
      staffId: leaving.id,
      person: { name: leaving.name, idNumber: leaving.idNumber },
      otherUnit: { name: r.pick(to.names), region: to.region },
      effectiveDate: effectiveDate(),
      reason: r.pick(['工作调动', '随配偶调动', '公开招聘到新单位']),
      attachments: [],
      status: 'submitted',
      submittedAt: submittedAt(r, ctx),
      revision: 1,
      deleted: false,
    });
  }
  // Decided earlier: one refused, those who already left, and those who came with hours.
  const refused = r.pick(elsewhere);
  transfers.push({
    id: transferId(),
    unitId: ctx.unitId,
    direction: 'in',
    person: {
      name: personName(r),
      idNumber: personIdNumber(r, refused, ctx.taken, r.chance(0.5)),
    },
    otherUnit: { name: r.pick(refused.names), region: refused.region },
    attachments: [],
    status: 'unit_rejected',
    decision: decided(r, ctx, 'reject', '本单位暂无相应岗位。'),
    submittedAt: submittedAt(r, ctx),
    revision: 2,
    deleted: false,
  });
  for (const gone of ctx.staff.filter((s) => s.status === 'transferred_out').slice(0, 2)) {
    transfers.push({
      id: transferId(),
      unitId: ctx.unitId,
      direction: 'out',
      staffId: gone.id,
      person: { name: gone.name, idNumber: gone.idNumber },
      otherUnit: { name: r.pick(r.pick(elsewhere).names) },
      attachments: [],
      status: 'unit_approved',
      decision: decided(r, ctx, 'approve', ''),
      submittedAt: submittedAt(r, ctx),
      revision: 2,
      deleted: false,
    });
  }
  for (const came of active.filter((s) => s.transferredInHours !== undefined).slice(0, 2)) {
    const from = r.pick(elsewhere);
    const { name, idNumber, gender, phone, department, title, titleLevel, specialty } = came;
    const person = { name, idNumber, gender, phone, department, title, titleLevel, specialty };
    transfers.push({
      id: transferId(),
      unitId: ctx.unitId,
      direction: 'in',
      staffId: came.id,
      person: Object.fromEntries(
        Object.entries(person).filter(([, value]) => value !== undefined),
      ) as Transfer['person'],
      otherUnit: { name: r.pick(from.names), region: from.region },
      ...(came.transferredInHours === undefined
        ? {}
        : { transferredInHours: came.transferredInHours }),
      attachments: [],
      status: 'unit_approved',
      decision: decided(r, ctx, 'approve', ''),
      submittedAt: submittedAt(r, ctx),
      revision: 2,
      deleted: false,
    });
  }
  return { transfers, attachments };
}
