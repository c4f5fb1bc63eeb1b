import type { Staff } from '#shared/contract/index.ts';
import { genderOfIdNumber, validateIdNumber } from '#shared/validators/index.ts';
import { idNumberHolder } from './id-number-holder.ts';

/** One thing found on a registration: `problem` is a reason to look again before 通过. */
export interface RegistrationCheck {
  readonly kind: 'problem' | 'note';
  readonly text: string;
}

/**
 * What a reviewer checks on a registration before confirming it (001 四(二)), done for them: the
 * 身份证号 by the validator and against the unit's other people (the same person registered
 * twice), and the 性别 given against the one the number carries. When nothing is wrong, one note
 * says what was checked, so the reviewer knows it was.
 */
export function registrationChecks(
  person: Staff,
  unitStaff: readonly Staff[],
): RegistrationCheck[] {
  const valid = validateIdNumber(person.idNumber);
  if (!valid.ok) return [{ kind: 'problem', text: valid.error.message }];
  const problems: RegistrationCheck[] = [];
  // In post or waiting too: a second registration of one person is as wrong as a first.
  const holder = idNumberHolder(
    unitStaff,
    valid.value,
    person.id,
    (other) => !other.deleted && other.status !== 'transferred_out',
  );
  if (holder !== undefined) {
    problems.push({
      kind: 'problem',
      text: `身份证号已是本单位 ${holder.name} 的身份证号，同一人不应重复注册。`,
    });
  }
  const carried = genderOfIdNumber(valid.value);
  if (person.gender !== undefined && person.gender !== carried) {
    problems.push({
      kind: 'problem',
      text: `性别填为“${person.gender}”，身份证号显示为“${carried}”，请核对。`,
    });
  }
  if (problems.length > 0) return problems;
  const gender = person.gender === undefined ? '' : '，性别与之相符';
  return [{ kind: 'note', text: `身份证号校验通过${gender}，本单位没有他人使用此号码。` }];
}
