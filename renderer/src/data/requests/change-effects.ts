import type { ChangeableField, Claim, Staff } from '#shared/contract/index.ts';
import { personFieldLabels } from '#shared/labels/index.ts';
import { validateIdNumber } from '#shared/validators/index.ts';
import type { ChangeDoc } from '../db/schemas.ts';
import { idNumberHolder } from './id-number-holder.ts';
import { changedFields } from './request-subject.ts';

/** What else a change touches, for the reviewer to weigh before 通过. */
export interface ChangeEffect {
  readonly field: ChangeableField;
  /** `problem`: the platform would refuse or answer conflict; `note`: what follows from it. */
  readonly kind: 'problem' | 'note';
  readonly text: string;
}

export interface ChangeContext {
  /** The person as this machine holds them now. */
  readonly staff: Staff | undefined;
  /** The unit's staff, for a new 身份证号's uniqueness. */
  readonly unitStaff: readonly Staff[];
  /** The person's claims, which move with them in 统计 when the department changes. */
  readonly claims: readonly Claim[];
}

/**
 * Each changed field's consequences: a value changed since the request was made (the platform
 * answers conflict), a new 身份证号 checked by the validator and against the unit's other people
 * (the platform refuses an invalid or taken one), a new department moving the person in 统计.
 */
export function changeEffects(change: ChangeDoc, context: ChangeContext): ChangeEffect[] {
  const effects: ChangeEffect[] = [];
  const { staff } = context;
  for (const field of changedFields(change.changes)) {
    const asked = change.changes[field];
    if (asked === undefined) continue;
    const label = personFieldLabels[field];
    const now = staff?.[field] ?? null;
    if (staff !== undefined && now !== asked.from) {
      effects.push({
        field,
        kind: 'problem',
        text: `申请后${label}已变：现为「${now ?? '空'}」，不是申请时的「${asked.from ?? '空'}」。通过将被省平台判为冲突，请核实后不通过或请本人重新申请。`,
      });
    }
    if (field === 'idNumber') effects.push(...idNumberEffects(asked.to, context));
    if (field === 'department') {
      const count = context.claims.length;
      effects.push({
        field,
        kind: 'note',
        text: `统计中此人从「${asked.from ?? '未分部门'}」移到「${asked.to}」，其 ${count} 条申报随之计入新部门。`,
      });
    }
    if (field === 'name') {
      effects.push({
        field,
        kind: 'note',
        text: `人员名单、学时证明和报表将显示新姓名「${asked.to}」。`,
      });
    }
  }
  return effects;
}

function idNumberEffects(to: string, context: ChangeContext): ChangeEffect[] {
  const valid = validateIdNumber(to);
  if (!valid.ok) {
    return [{ field: 'idNumber', kind: 'problem', text: `新${valid.error.message}` }];
  }
  // Taken, for the platform, means held by another person in post (README 1.1).
  const holder = idNumberHolder(
    context.unitStaff,
    to,
    context.staff?.id,
    (other) => other.status === 'active',
  );
  return holder === undefined
    ? [{ field: 'idNumber', kind: 'note', text: '新身份证号校验通过，本单位没有他人使用。' }]
    : [
        {
          field: 'idNumber',
          kind: 'problem',
          text: `新身份证号已是本单位 ${holder.name} 的身份证号，省平台将拒收。`,
        },
      ];
}
