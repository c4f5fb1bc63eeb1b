import type { Claim, Hours, IntegrityRecord } from '../contract/index.ts';
import { chinaDate } from '../calendar/china-time.ts';
import { daysInclusive, yearOf } from '../calendar/iso-date.ts';
import type { WorkdayCalendar } from '../calendar/working-days.ts';
import { missingCaseError } from '../errors/result.ts';
import { filingDeadline } from './filing.ts';
import * as find from './findings.ts';
import type { PersonLedger } from './ledger.ts';
import { roundEach, roundHours, totalOf, zeroHours } from './rounding.ts';
import { noStandard } from './standards.ts';
import type { CategoryRule, Evaluation, Finding, Rulebook, Standard, Suggestion } from './types.ts';

const weight: Record<Suggestion, number> = { approve: 0, manual: 1, return: 2, reject: 3 };

const hoursPerDay = 8;

function dateProblem(claim: Claim): string | undefined {
  const { startDate, endDate } = claim;
  if (startDate !== undefined && endDate !== undefined && endDate < startDate) {
    return `结束日期 ${endDate} 早于开始日期 ${startDate}`;
  }
  for (const [label, date] of [
    ['开始日期', startDate],
    ['结束日期', endDate],
  ] as const) {
    if (date !== undefined && yearOf(date) !== claim.year) {
      return `${label} ${date} 不在申报年度 ${String(claim.year)} 年内`;
    }
  }
  return undefined;
}

/** Holds a subject total to `limit`, public first (the categories that meet it carry one subject). */
function limitTotal(hours: Hours, limit: number): Hours {
  const pub = Math.min(hours.public, limit);
  return roundEach({ public: pub, professional: Math.min(hours.professional, limit - pub) });
}

function within(hours: Hours, room: Hours): Hours {
  return roundEach({
    public: Math.min(hours.public, Math.max(0, room.public)),
    professional: Math.min(hours.professional, Math.max(0, room.professional)),
  });
}

/** The record whose period covers the day the claim was submitted (rules.md: until ≥ that date). */
function integrityRecordOver(
  claim: Claim,
  records: readonly IntegrityRecord[],
): IntegrityRecord | undefined {
  const submitted = chinaDate(new Date(claim.submittedAt));
  return records.find((record) => record.until >= submitted);
}

function standardOf(rulebook: Rulebook, rule: CategoryRule | undefined, claim: Claim): Standard {
  return rule === undefined ? noStandard(claim, rulebook.document) : rule.standard(claim);
}

/**
 * Evaluates one pending claim against what the person has used so far, and records what it
 * consumes when the suggestion is to approve: so approving every `approve` never passes a cap.
 */
export function evaluatePending(
  rulebook: Rulebook,
  claim: Claim,
  ledger: PersonLedger,
  calendar: WorkdayCalendar,
  integrityRecords: readonly IntegrityRecord[] = [],
): Evaluation {
  const findings: Finding[] = [];
  // Held in an object: the closure below changes it, which narrowing on a `let` cannot see.
  const verdict: { suggestion: Suggestion } = { suggestion: 'approve' };
  const note = (finding: Finding, effect: Suggestion): void => {
    findings.push(finding);
    if (weight[effect] > weight[verdict.suggestion]) verdict.suggestion = effect;
  };
  const rule = rulebook.rules[claim.category];

  // A unit-filed claim's evidence is the unit's project filing and attendance roster (rules.md).
  const needsEvidence = claim.category !== 'online_course' && claim.filedBy !== 'unit';
  if (needsEvidence && claim.attachments.length === 0) {
    note(find.missingEvidence(rulebook.evidence), 'return');
  }
  const badDates = dateProblem(claim);
  if (badDates !== undefined) note(find.invalidDates(badDates, rulebook.yearly), 'return');

  let hours: Hours = zeroHours;
  const standard = standardOf(rulebook, rule, claim);
  switch (standard.kind) {
    case 'missing':
      note(
        find.missingDetails(claim, standard.fields, rule?.citation ?? rulebook.noStandard),
        'return',
      );
      break;
    case 'not_eligible':
      note(find.notEligible(standard.message, rule?.citation ?? rulebook.noStandard), 'reject');
      break;
    case 'no_standard':
      hours = standard.proposal;
      note(
        find.noStandardFinding(standard.message, rule?.citation ?? rulebook.noStandard),
        'manual',
      );
      break;
    case 'hours':
      hours = standard.hours;
      if (standard.proratedMonths !== undefined && rule !== undefined) {
        note(find.prorated(claim, standard.proratedMonths, hours, rule.citation), 'approve');
      }
      break;
    default:
      throw missingCaseError(standard);
  }

  if (
    rule?.dailyCap !== undefined &&
    claim.startDate !== undefined &&
    claim.endDate !== undefined
  ) {
    const days = daysInclusive(claim.startDate, claim.endDate);
    if (days >= 1 && totalOf(hours) > hoursPerDay * days) {
      note(find.dailyCap(roundHours(claim.claimedHours), days, rule.dailyCap), 'approve');
      hours = limitTotal(hours, hoursPerDay * days);
    }
  }

  if (rule?.filing !== undefined && claim.startDate !== undefined) {
    const filedAt = claim.details?.filedAt;
    if (filedAt === undefined) {
      note(find.notFiled(rule.filing), 'reject');
    } else {
      const deadline = filingDeadline(calendar, claim.startDate);
      if (!deadline.ok) {
        note(find.calendarUnknown(deadline.uncoveredYear, claim.startDate, rule.filing), 'manual');
      } else if (filedAt > deadline.date) {
        note(find.filedLate(filedAt, claim.startDate, deadline.date, rule.filing), 'reject');
      }
    }
  }

  if (rule?.neverTwice !== undefined) {
    const earlier = ledger.earlierOutcome(claim);
    if (earlier !== undefined)
      note(find.duplicateOutcome(claim.title, earlier, rule.neverTwice), 'reject');
  }

  const group = rule?.capGroup;
  if (
    group !== undefined &&
    (verdict.suggestion === 'approve' || verdict.suggestion === 'manual')
  ) {
    const used = ledger.used(claim.year, group.id);
    const room = {
      public: group.limit.public - used.public,
      professional: group.limit.professional - used.professional,
    };
    const granted = within(hours, room);
    if (totalOf(granted) < totalOf(hours)) {
      const nothingLeft = totalOf(granted) === 0;
      note(find.annualCap(group, used, hours, granted), nothingLeft ? 'reject' : 'approve');
      hours = granted;
    }
  }

  const record = integrityRecordOver(claim, integrityRecords);
  if (record !== undefined) note(find.integrityRecord(record.until), 'approve');

  const { suggestion } = verdict;
  const credited = suggestion === 'approve' || suggestion === 'manual' ? hours : zeroHours;
  if (suggestion === 'approve') ledger.consume(rulebook, claim, credited);
  return { claimId: claim.id, suggestion, credited, findings };
}
