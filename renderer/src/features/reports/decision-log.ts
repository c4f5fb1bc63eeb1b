import {
  decisionCategoryLabel,
  decisionOutcomeLabels,
  decisionStateLabels,
  withIntegrityMark,
} from '#shared/labels/index.ts';
import { chinaDate } from '#shared/calendar/china-time.ts';
import type { DecisionRow } from '#shared/sheets/export-decisions.ts';
import type { AuditDoc, DecisionDoc } from '../../data/db/schemas.ts';

/** A period of China calendar days, both ends included. */
export interface Period {
  readonly from: string;
  readonly to: string;
}

/** yyyy-MM-dd of the instant in China, or '' for a time that cannot be read. */
function chinaDay(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : chinaDate(new Date(time));
}

function inPeriod(iso: string, period: Period): boolean {
  const day = chinaDay(iso);
  return day !== '' && day >= period.from && day <= period.to;
}

/**
 * The 审核记录 rows of a period: every decision in the outbox (what was decided, by whom, and
 * whether the platform has it), and every decision taken back before it was sent, from the
 * audit trail, so the record shows those too ("谁审核，谁负责").
 */
export function decisionLogRows(
  decisions: readonly DecisionDoc[],
  audit: readonly AuditDoc[],
  period: Period,
): DecisionRow[] {
  const rows: DecisionRow[] = [];
  for (const doc of decisions) {
    const { payload } = doc;
    if (!inPeriod(payload.decidedAt, period)) continue;
    const credited =
      payload.outcome === 'approve' && payload.creditedHours !== undefined
        ? Math.round((payload.creditedHours.public + payload.creditedHours.professional) * 10) / 10
        : undefined;
    rows.push({
      decidedAt: new Date(payload.decidedAt),
      reviewer: payload.reviewerName,
      person: doc.staffName,
      claimTitle: doc.title,
      category: decisionCategoryLabel(doc.category),
      claimedHours: doc.claimedHours,
      ...(credited === undefined ? {} : { creditedHours: credited }),
      outcome: decisionOutcomeLabels[payload.outcome],
      reason: withIntegrityMark(payload.reason ?? '', payload.integrityMark),
      syncState: decisionStateLabels[doc.state],
    });
  }
  for (const entry of audit) {
    if (entry.action !== 'undo' || !inPeriod(entry.at, period)) continue;
    rows.push({
      decidedAt: new Date(entry.at),
      reviewer: entry.actor,
      person: '',
      claimTitle: entry.detail,
      category: '',
      claimedHours: 0,
      outcome: '撤销审核',
      reason: '同步前撤销',
      syncState: '未同步（已撤销）',
    });
  }
  return rows.sort((a, b) => a.decidedAt.getTime() - b.decidedAt.getTime());
}

/** The first and last day of a year, as the default period. */
export function yearPeriod(year: number): Period {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}
