import type { Claim } from '#shared/contract/index.ts';
import {
  absenceKindLabels,
  competitionLevelLabels,
  outcomeKindLabels,
  subjectLabels,
} from '#shared/rules/index.ts';

/** The claim's details as label/value pairs a reviewer reads, in Chinese. */
export function claimFacts(claim: Claim): [string, string][] {
  const facts: [string, string][] = [];
  const d = claim.details ?? {};
  if (claim.subject !== undefined) facts.push(['科目', subjectLabels[claim.subject]]);
  if (claim.organizer !== undefined) facts.push(['主办单位', claim.organizer]);
  if (claim.startDate !== undefined || claim.endDate !== undefined) {
    facts.push(['起止日期', `${claim.startDate ?? '—'} 至 ${claim.endDate ?? '—'}`]);
  }
  facts.push(['申报学时', String(claim.claimedHours)]);
  if (d.level !== undefined) facts.push(['竞赛级别', competitionLevelLabels[d.level]]);
  if (d.grade !== undefined) facts.push(['考试等级', `${d.grade} 级`]);
  if (d.modules !== undefined) facts.push(['考试模块数', String(d.modules)]);
  if (d.courses !== undefined) facts.push(['通过课程数', String(d.courses)]);
  if (d.outcomeKind !== undefined) facts.push(['成果类型', outcomeKindLabels[d.outcomeKind]]);
  if (d.authorRank !== undefined) facts.push(['作者排名', `第 ${d.authorRank} 位`]);
  if (d.months !== undefined) facts.push(['月数', `${d.months} 个月`]);
  if (d.absenceKind !== undefined) facts.push(['离岗原因', absenceKindLabels[d.absenceKind]]);
  if (d.filedAt !== undefined) facts.push(['备案日期', d.filedAt]);
  if (d.certificateNo !== undefined) facts.push(['证书编号', d.certificateNo]);
  return facts;
}
