import type { Staff } from '../../shared/contract/index.ts';
import { departments, givenChars, surnames, titles, type UnitTemplate } from './catalog.ts';
import { makeIdNumber } from './ids.ts';
import type { Random } from './random.ts';

export function personName(r: Random): string {
  const given = r.chance(0.7) ? r.pick(givenChars) + r.pick(givenChars) : r.pick(givenChars);
  return r.pick(surnames) + given;
}

/** A unique 身份证号 of someone born 1962–1999 in the unit's region; odd sequence = male. */
export function personIdNumber(
  r: Random,
  template: UnitTemplate,
  taken: Set<string>,
  isMale: boolean,
): string {
  for (;;) {
    const birth = `${r.int(1962, 1999)}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 28)).padStart(2, '0')}`;
    const sequence = r.int(0, 499) * 2 + (isMale ? 1 : 0);
    const id = makeIdNumber(template.regionCode, birth, sequence);
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** One staff record without its stamp; status spread: mostly active, some pending, a few gone. */
export function makeStaff(
  r: Random,
  unitId: string,
  index: number,
  template: UnitTemplate,
  taken: Set<string>,
  year: number,
): Omit<Staff, 'updatedAt'> {
  const isMale = r.chance(0.48);
  const [title, titleLevel, specialty] = r.pick(titles);
  const roll = r.next();
  const status = roll < 0.04 ? 'pending_registration' : roll < 0.05 ? 'transferred_out' : 'active';
  const isTransferredIn = status === 'active' && r.chance(0.03);
  return {
    id: `${unitId}-S${String(index + 1).padStart(6, '0')}`,
    unitId,
    name: personName(r),
    idNumber: personIdNumber(r, template, taken, isMale),
    gender: isMale ? '男' : '女',
    phone: `1${r.pick(['3', '5', '7', '8', '9'])}${String(r.int(0, 999_999_999)).padStart(9, '0')}`,
    department: r.pick(departments),
    title,
    titleLevel,
    specialty,
    status,
    ...(isTransferredIn
      ? {
          transferredInHours: [
            {
              year: r.chance(0.5) ? year : year - 1,
              publicHours: r.pick([10, 20, 30]),
              professionalHours: r.pick([20, 40, 60]),
              certificateNo: `ZR${year}${String(r.int(0, 999_999)).padStart(6, '0')}`,
            },
          ],
        }
      : {}),
    revision: 1,
    deleted: false,
  };
}
