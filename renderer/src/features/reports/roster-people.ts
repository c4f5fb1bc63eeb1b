import type { Claim, RulebookId, Staff } from '#shared/contract/index.ts';
import { yearBank } from '#shared/bank/index.ts';
import type { Evaluation } from '#shared/rules/index.ts';
import type { RosterPerson } from '#shared/sheets/export-roster.ts';

/** The roster's people with the year bank the stats screen shows, so both say the same. */
export function rosterPeople(
  rulebook: RulebookId,
  year: number,
  staff: readonly Staff[],
  claims: readonly Claim[],
  evaluations: readonly Evaluation[],
): RosterPerson[] {
  const byId = new Map(staff.map((person) => [person.id, person]));
  return yearBank(rulebook, year, staff, claims, { evaluations }).flatMap((row) => {
    const person = byId.get(row.staffId);
    return person === undefined
      ? []
      : [
          {
            staff: person,
            hours: {
              public: row.public,
              professional: row.professional,
              total: row.total,
              met: row.met,
            },
          },
        ];
  });
}
