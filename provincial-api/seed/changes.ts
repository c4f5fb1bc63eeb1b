import type { ChangeRequest, FieldChange, Staff } from '../../shared/contract/index.ts';
import { departments, titles } from './catalog.ts';
import type { AttachmentRow } from './claims.ts';
import { personIdNumber, personName } from './people.ts';
import type { Random } from './random.ts';
import { attach, decided, submittedAt, type RequestContext } from './request-parts.ts';

/** The changes a staff member may ask for, each as the fields it touches. */
function changeOf(
  r: Random,
  ctx: RequestContext,
  kind: 'idNumber' | 'name' | 'title' | 'phone' | 'department',
  person: Omit<Staff, 'updatedAt'>,
): Partial<Record<string, FieldChange>> {
  switch (kind) {
    case 'idNumber':
      return {
        idNumber: {
          from: person.idNumber,
          to: personIdNumber(r, ctx.template, ctx.taken, person.gender === '男'),
        },
      };
    case 'name':
      return { name: { from: person.name, to: person.name.slice(0, 1) + personName(r).slice(1) } };
    case 'title': {
      const [title, titleLevel] = r.pick(titles);
      return {
        title: { from: person.title ?? null, to: title },
        titleLevel: { from: person.titleLevel ?? null, to: titleLevel },
      };
    }
    case 'phone':
      return {
        phone: {
          from: person.phone ?? null,
          to: `1${r.pick(['3', '5', '8'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
        },
      };
    case 'department':
      return {
        department: {
          from: person.department ?? null,
          to: r.pick(departments.filter((d) => d !== person.department)),
        },
      };
  }
}

const attachmentNames = { idNumber: '户籍证明', name: '更名证明', title: '职称证书' } as const;

/**
 * A unit's change requests: the 身份证号, the name and the title asked for (each with its
 * evidence), then phone and department changes as the unit grows, and two decided ones.
 */
export function makeChanges(
  r: Random,
  ctx: RequestContext,
  isFull: boolean,
  nextPerson: () => Omit<Staff, 'updatedAt'> | undefined,
) {
  const changes: Omit<ChangeRequest, 'updatedAt'>[] = [];
  const attachments: AttachmentRow[] = [];
  const size = ctx.staff.length;
  const submittedKinds = (['idNumber', 'name', 'title'] as const).slice(0, isFull ? 3 : 1);
  const more = isFull ? Math.floor(size / 150) : 0;
  const kinds = [
    ...submittedKinds,
    ...Array.from({ length: more }, () => r.pick(['phone', 'department'] as const)),
  ];
  for (const [n, kind] of kinds.entries()) {
    const person = nextPerson();
    if (person === undefined) break;
    const id = `${ctx.unitId}-R${String(n + 1).padStart(4, '0')}`;
    const name =
      kind in attachmentNames ? attachmentNames[kind as keyof typeof attachmentNames] : undefined;
    const file = name === undefined ? [] : [attach(r, ctx, id, name)];
    attachments.push(...file);
    changes.push({
      id,
      unitId: ctx.unitId,
      staffId: person.id,
      changes: changeOf(r, ctx, kind, person),
      ...(kind === 'idNumber' ? { reason: '身份证号登记有误，按户籍证明更正。' } : {}),
      ...(kind === 'name' ? { reason: '已办理姓名变更。' } : {}),
      attachments: file.map(({ ownerId: _ownerId, ...a }) => a),
      status: 'submitted',
      submittedAt: submittedAt(r, ctx),
      revision: 1,
      deleted: false,
    });
  }
  if (isFull) {
    // Decided earlier: an approval the record already shows, and a rejection it does not.
    const moved = nextPerson();
    const stayed = nextPerson();
    if (moved !== undefined && stayed !== undefined) {
      const past = changeOf(r, ctx, 'department', moved).department;
      changes.push(
        {
          id: `${ctx.unitId}-R${String(kinds.length + 1).padStart(4, '0')}`,
          unitId: ctx.unitId,
          staffId: moved.id,
          changes: { department: { from: past?.to ?? null, to: moved.department ?? '' } },
          attachments: [],
          status: 'unit_approved',
          decision: decided(r, ctx, 'approve', ''),
          submittedAt: submittedAt(r, ctx),
          revision: 2,
          deleted: false,
        },
        {
          id: `${ctx.unitId}-R${String(kinds.length + 2).padStart(4, '0')}`,
          unitId: ctx.unitId,
          staffId: stayed.id,
          changes: changeOf(r, ctx, 'phone', stayed),
          attachments: [],
          status: 'unit_rejected',
          decision: decided(r, ctx, 'reject', '请本人到人事科核实后再申请。'),
          submittedAt: submittedAt(r, ctx),
          revision: 2,
          deleted: false,
        },
      );
    }
  }
  return { changes, attachments };
}
