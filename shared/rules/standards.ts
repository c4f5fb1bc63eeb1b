import type { Claim, Hours, Subject } from '../contract/index.ts';
import { absenceKindLabels, categoryLabels } from './labels.ts';
import { roundEach } from './rounding.ts';
import type { MissingField, Standard } from './types.ts';

/** Building blocks of the rulebook tables: each turns a claim into its hours before caps. */

export function onlyTo(subject: Subject, hours: number): Hours {
  return roundEach(
    subject === 'public' ? { public: hours, professional: 0 } : { public: 0, professional: hours },
  );
}

function hours(value: Hours, proratedMonths?: number): Standard {
  return proratedMonths === undefined
    ? { kind: 'hours', hours: roundEach(value) }
    : { kind: 'hours', hours: roundEach(value), proratedMonths };
}

function missing(...fields: MissingField[]): Standard {
  return { kind: 'missing', fields };
}

/** Hours as claimed, to the subject the claimant declared (专业 when none). */
export function asClaimedDeclared(claim: Claim): Standard {
  return hours(onlyTo(claim.subject ?? 'professional', claim.claimedHours));
}

/** Hours as claimed, always to one subject: the notice fixes it. */
export function asClaimedTo(subject: Subject): (claim: Claim) => Standard {
  return (claim) => hours(onlyTo(subject, claim.claimedHours));
}

/** The platform's own record wins; without one, the claim as declared. */
export function asRecorded(claim: Claim): Standard {
  const recorded = claim.creditedHours;
  if (recorded === undefined) return asClaimedDeclared(claim);
  return hours({ public: recorded.public ?? 0, professional: recorded.professional ?? 0 });
}

export function fixed(value: Hours): (claim: Claim) => Standard {
  return () => hours(value);
}

export function fixedTo(subject: Subject, value: number): (claim: Claim) => Standard {
  return () => hours(onlyTo(subject, value));
}

export function perUnit(
  subject: Subject,
  each: number,
  field: 'modules' | 'courses',
): (claim: Claim) => Standard {
  return (claim) => {
    const count = claim.details?.[field];
    return count === undefined ? missing(field) : hours(onlyTo(subject, each * count));
  };
}

export function byCompetitionLevel(claim: Claim): Standard {
  const level = claim.details?.level;
  if (level === undefined) return missing('level');
  const table = { national: 30, provincial: 20, city: 10, county: 5 } as const;
  return hours(onlyTo('professional', table[level]));
}

export function byLanguageGrade(claim: Claim): Standard {
  const grade = claim.details?.grade;
  if (grade === undefined) return missing('grade');
  const table = { A: 30, B: 20, C: 10 } as const;
  return hours(onlyTo('public', table[grade]));
}

export function requiring(
  field: MissingField,
  standard: (claim: Claim) => Standard,
): (claim: Claim) => Standard {
  return (claim) => {
    const value =
      field === 'startDate' || field === 'endDate' ? claim[field] : claim.details?.[field];
    return value === undefined || value === '' ? missing(field) : standard(claim);
  };
}

/** 30 公需 + 60 专业 a full year, by month when shorter (援派; 在岗时间折算). */
function proRataHours(months: number): Hours {
  return roundEach({ public: (30 * months) / 12, professional: (60 * months) / 12 });
}

function proRata(months: number): Standard {
  return hours(proRataHours(months), months < 12 ? months : undefined);
}

export function assignmentStandard(claim: Claim): Standard {
  const months = claim.details?.months;
  return months === undefined ? missing('months') : proRata(months);
}

export function longAbsenceStandard(claim: Claim): Standard {
  const kind = claim.details?.absenceKind;
  const months = claim.details?.months;
  if (kind === undefined || months === undefined) {
    const fields: MissingField[] = [];
    if (kind === undefined) fields.push('absenceKind');
    if (months === undefined) fields.push('months');
    return missing(...fields);
  }
  switch (kind) {
    case 'abroad':
    case 'sick_leave':
      return months > 6
        ? proRata(months)
        : {
            kind: 'not_eligible',
            message: `${absenceKindLabels[kind]} ${String(months)} 个月，未超过 6 个月，不符合按实际在岗时间折算学时的条件，建议不予认定。`,
          };
    case 'maternity':
      return proRata(months);
    case 'other':
      return {
        kind: 'no_standard',
        proposal: proRataHours(months),
        message: `“${absenceKindLabels.other}”须经省级行业主管部门认定后方可折算学时，请核对认定文件后人工认定；拟按 ${String(months)} 个月折算。`,
      };
  }
}

/** 福建 (八): 主创人员（第一作者）60, others 30. */
export function byAuthorRank(claim: Claim): Standard {
  const rank = claim.details?.authorRank;
  return rank === undefined
    ? missing('authorRank')
    : hours(onlyTo('professional', rank === 1 ? 60 : 30));
}

/** What to propose when the rulebook has no standard: the claim as declared. */
export function noStandard(claim: Claim, document: string): Standard {
  const subject = claim.subject ?? 'professional';
  return {
    kind: 'no_standard',
    proposal: onlyTo(subject, claim.claimedHours),
    message: `本单位适用的规定（${document}）未规定“${categoryLabels[claim.category]}”的学时标准，请依据设区的市或行业主管部门的认定标准人工认定；拟按申报的 ${String(claim.claimedHours)} 学时计入${subject === 'public' ? '公需科目' : '专业科目'}。`,
  };
}
