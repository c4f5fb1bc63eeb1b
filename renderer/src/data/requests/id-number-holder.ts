import type { Staff } from '#shared/contract/index.ts';
import { normalizeIdNumber } from '#shared/validators/index.ts';

/**
 * Someone else in the unit who holds this 身份证号 (compared normalised, so a lower-case x is the
 * same number), among the people `counts` keeps: the checks on a change and on a registration
 * differ only in whom they count.
 */
export function idNumberHolder(
  unitStaff: readonly Staff[],
  idNumber: string,
  exceptId: string | undefined,
  counts: (person: Staff) => boolean,
): Staff | undefined {
  const wanted = normalizeIdNumber(idNumber);
  return unitStaff.find(
    (other) =>
      other.id !== exceptId && counts(other) && normalizeIdNumber(other.idNumber) === wanted,
  );
}
