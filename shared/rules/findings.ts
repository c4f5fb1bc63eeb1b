import type { Claim, Hours } from '../contract/index.ts';
import { categoryLabels, missingFieldLabels } from './labels.ts';
import { filingWorkdays } from './filing.ts';
import { citationText, documents } from './rulebooks.ts';
import type { CapGroup, Citation, Finding, FindingCode, MissingField, Severity } from './types.ts';

/** Each finding's Chinese message: what was found, by which number, and what the reviewer does next. */

function finding(
  code: FindingCode,
  severity: Severity,
  message: string,
  citation: Citation,
): Finding {
  return { code, severity, message, citation: citationText(citation) };
}

const h = (value: number): string => String(value);

function hoursText(hours: Hours): string {
  const parts: string[] = [];
  if (hours.public > 0) parts.push(`公需 ${h(hours.public)} 学时`);
  if (hours.professional > 0) parts.push(`专业 ${h(hours.professional)} 学时`);
  return parts.length === 0 ? '0 学时' : parts.join('、');
}

export function missingEvidence(citation: Citation): Finding {
  return finding(
    'MISSING_EVIDENCE',
    'error',
    '未上传证明材料。学时须凭有效证明认定，没有证明材料或材料不完备的一律退回，请申报人补充后重新提交。',
    citation,
  );
}

export function missingDetails(
  claim: Claim,
  fields: readonly MissingField[],
  citation: Citation,
): Finding {
  const names = fields.map((field) => missingFieldLabels[field]).join('、');
  return finding(
    'MISSING_DETAILS',
    'error',
    `“${categoryLabels[claim.category]}”申报缺少${names}，无法计算学时，请退回申报人补充。`,
    citation,
  );
}

export function invalidDates(problem: string, citation: Citation): Finding {
  return finding('INVALID_DATES', 'error', `${problem}，请退回申报人更正。`, citation);
}

export function dailyCap(claimed: number, days: number, citation: Citation): Finding {
  return finding(
    'DAILY_CAP',
    'warning',
    `共 ${h(days)} 天，每天最多认定 8 学时；申报 ${h(claimed)} 学时超出，按 ${h(8 * days)} 学时认定。`,
    citation,
  );
}

export function annualCap(group: CapGroup, used: Hours, asked: Hours, granted: Hours): Finding {
  const limit = hoursText(group.limit);
  const nothingLeft = granted.public + granted.professional === 0;
  const message = nothingLeft
    ? `本年度“${group.label}”累计不超过 ${limit}，已认定或排在前面的申报已用 ${hoursText(used)}，已无余额，本条不能再认定学时，建议不予认定。`
    : `本年度“${group.label}”累计不超过 ${limit}，已认定或排在前面的申报已用 ${hoursText(used)}；本条按标准为 ${hoursText(asked)}，只能认定 ${hoursText(granted)}。`;
  return finding('ANNUAL_CAP', nothingLeft ? 'error' : 'warning', message, group.citation);
}

export function duplicateOutcome(
  title: string,
  earlier: { claimId: string; year: number },
  citation: Citation,
): Finding {
  return finding(
    'DUPLICATE_OUTCOME',
    'error',
    `同一成果“${title}”已在 ${h(earlier.year)} 年度申报（申报编号 ${earlier.claimId}），同一成果不重复计算，建议不予认定。`,
    citation,
  );
}

export function notFiled(citation: Citation): Finding {
  return finding(
    'NOT_FILED_IN_TIME',
    'error',
    `培训项目没有备案日期。培训项目应于开班 ${h(filingWorkdays)} 个工作日前在平台备案，事前不备案的项目不得认定继续教育学时，建议不予认定。`,
    citation,
  );
}

export function filedLate(
  filedAt: string,
  startDate: string,
  deadline: string,
  citation: Citation,
): Finding {
  return finding(
    'NOT_FILED_IN_TIME',
    'error',
    `培训项目于 ${filedAt} 备案，晚于开班（${startDate}）前 ${h(filingWorkdays)} 个工作日的最后期限 ${deadline}；事前不备案的项目不得认定继续教育学时，建议不予认定。`,
    citation,
  );
}

export function calendarUnknown(year: number, startDate: string, citation: Citation): Finding {
  return finding(
    'CALENDAR_UNKNOWN',
    'warning',
    `节假日日历尚未包含 ${h(year)} 年，无法算出开班（${startDate}）前 ${h(filingWorkdays)} 个工作日的备案期限，请对照当年放假安排人工核对备案时间。`,
    citation,
  );
}

export function notEligible(message: string, citation: Citation): Finding {
  return finding('NOT_ELIGIBLE', 'error', message, citation);
}

export function prorated(claim: Claim, months: number, hours: Hours, citation: Citation): Finding {
  return finding(
    'PRORATED',
    'info',
    `“${categoryLabels[claim.category]}”${h(months)} 个月，不足一年按月份比例计算：${hoursText(hours)}。`,
    citation,
  );
}

export function noStandardFinding(message: string, citation: Citation): Finding {
  return finding('NO_STANDARD', 'warning', message, citation);
}

/**
 * A person in the 职称评审诚信档案's record period (001 四（四）3: 3 years) after a claim was found
 * false. A warning only: the hour rules still make the suggestion, but the reviewer looks at this
 * claim alone, so it never goes with a bulk approval.
 */
export function integrityRecord(until: string): Finding {
  return finding(
    'INTEGRITY_RECORD',
    'warning',
    `申报人因虚假申报学时记入职称评审诚信档案，记录期至 ${until}。请逐项核实本条申报及其证明材料后单独审核，本条不参与批量通过。`,
    { document: documents.jining, clause: '四（四）3' },
  );
}

/**
 * The unit's duty to check the evidence's truth, completeness and date (001 四（四）1) and the
 * rule that claims without complete evidence go back (002 三): every evidence finding cites both.
 * They are warnings: the suggestion stays as the hour rules make it, the reviewer decides.
 */
const evidenceDuty = `${citationText({ document: documents.jining, clause: '四（四）1' })}；${citationText({ document: documents.sdsmu, clause: '三' })}`;

function evidenceFinding(code: FindingCode, message: string): Finding {
  return { code, severity: 'warning', message, citation: evidenceDuty };
}

export function evidenceNameMismatch(printed: string, claimant: string): Finding {
  return evidenceFinding(
    'EVIDENCE_NAME_MISMATCH',
    `证明材料上的姓名是“${printed}”，申报人是“${claimant}”。请核对材料是否为本人所有，不是本人的材料不能认定学时。`,
  );
}

export function evidenceIdMismatch(printed: string): Finding {
  return evidenceFinding(
    'EVIDENCE_NAME_MISMATCH',
    `证明材料上的身份证号 ${printed} 与申报人的身份证号不一致。请核对材料是否为本人所有，不是本人的材料不能认定学时。`,
  );
}

export function evidenceHoursMismatch(printed: number, claimed: number): Finding {
  return evidenceFinding(
    'EVIDENCE_HOURS_MISMATCH',
    `证明材料上写明 ${h(printed)} 学时，少于申报的 ${h(claimed)} 学时。请按材料核实学时，多报的部分不能认定。`,
  );
}

export function evidenceDateMismatch(printed: string, claimed: string): Finding {
  return evidenceFinding(
    'EVIDENCE_DATE_MISMATCH',
    `证明材料上的日期（${printed}）不在申报的${claimed}之内。请核对材料是否为本次学习的证明，日期不符的材料不能作为本条申报的依据。`,
  );
}

export function evidenceUnreadable(): Finding {
  return evidenceFinding(
    'EVIDENCE_UNREADABLE',
    '未能从证明材料中识别出文字（可能是图片模糊、扫描不清或文件损坏）。请打开材料人工核对姓名、日期和学时。',
  );
}

/** The check itself did not finish (the reading broke or ran out of time): the file was not looked at. */
export function evidenceCheckUnfinished(): Finding {
  return evidenceFinding(
    'EVIDENCE_UNREADABLE',
    '证明材料的自动识别未能完成（识别出错或超时），材料内容尚未核对。请打开材料人工核对姓名、日期和学时；下次登录时会重新识别。',
  );
}

export function evidenceReused(others: readonly string[]): Finding {
  return evidenceFinding(
    'EVIDENCE_REUSED',
    `同一份证明材料（或其重新扫描件）也用于${others.join('、')}。同一证明不能由不同人员、或在不同类别、不同年度重复申报，请并排打开核实。`,
  );
}
