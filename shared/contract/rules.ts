import type { DecisionOutcome } from './claim.ts';
import type { Decision } from './decision.ts';
import { maxCreditedHours } from './bounds.ts';

/**
 * The contract's rules that need no database, in one place: the reference server judges pushed
 * decisions by them, and the client checks the same before a decision enters the outbox, so a
 * reviewer hears the platform's refusal in Chinese before it could ever be sent.
 */

export { maxCreditedHours };

/** Hours the contract accepts for a decision: 0 to the bound, any decimals. */
export const isCreditableHours = (hours: number): boolean =>
  Number.isFinite(hours) && hours >= 0 && hours <= maxCreditedHours;

/** How long a token lasts (README, Accounts: "A token lasts 8 hours"). */
export const tokenLifeMs = 8 * 60 * 60 * 1000;

/** Five failed logins within this window lock the account (README, Accounts). */
export const loginFailureLimit = 5;
export const loginFailureWindowMs = 15 * 60 * 1000;

/** The contract's initial password: the account's (身份证号's) last six characters. */
export const initialPasswordOf = (account: string): string =>
  account.trim().toUpperCase().slice(-6);

/**
 * The platform's rule for a new password, in Chinese; undefined when it is acceptable. The
 * reference server enforces it and the client says it before sending.
 */
export function passwordProblem(account: string, password: string): string | undefined {
  if (password.length < 8) return '新密码至少 8 位。';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return '新密码须同时包含字母和数字。';
  if (password.toUpperCase().includes(initialPasswordOf(account))) {
    return '新密码不能包含身份证号的后六位。';
  }
  return undefined;
}

/** The parts of a decision the content rules read. */
export interface DecisionContent {
  readonly targetKind: Decision['target']['kind'];
  readonly outcome: DecisionOutcome;
  readonly reason?: string | undefined;
  readonly creditedHours?: Decision['creditedHours'];
  readonly integrityMark?: boolean | undefined;
}

/** What a decision decides, as the rules' messages name it. */
const targetNouns: Record<Decision['target']['kind'], string> = {
  claim: '学时申报',
  registration: '注册审核',
  change: '变更申请',
  transfer: '调转申请',
};

const reasonNames: Partial<Record<DecisionOutcome, string>> = {
  reject: '不通过',
  return: '退回',
  revoke: '撤销通过',
};

/**
 * The README's `invalid` rules that need no database (Push, and Decisions added in 1.1), in
 * Chinese; undefined when none is broken.
 */
export function decisionProblem(decision: DecisionContent): string | undefined {
  const { outcome, targetKind, creditedHours, reason, integrityMark } = decision;
  if (outcome === 'return' && targetKind !== 'claim') {
    return `${targetNouns[targetKind]}不能退回，只能通过或不通过。`;
  }
  if (outcome === 'revoke' && targetKind !== 'claim') {
    return `只能撤销学时申报的通过，${targetNouns[targetKind]}不能撤销。`;
  }
  const reasonName = reasonNames[outcome];
  if (reasonName !== undefined && (reason ?? '').trim() === '') {
    return `${reasonName}必须填写原因。`;
  }
  if (
    integrityMark === true &&
    (targetKind !== 'claim' || outcome === 'approve' || outcome === 'return')
  ) {
    return '记入诚信档案只能随学时申报的不通过或撤销通过一起提交。';
  }
  if (outcome === 'approve' && targetKind === 'claim' && creditedHours === undefined) {
    return '通过学时申报必须给出认定学时。';
  }
  if (creditedHours !== undefined) {
    for (const hours of [creditedHours.public, creditedHours.professional]) {
      if (!isCreditableHours(hours)) return `认定学时必须在 0 到 ${maxCreditedHours} 之间。`;
    }
  }
  return undefined;
}

/** Hours a training project may give for each of its calendar days (README, 1.1). */
export const maxProjectHoursPerDay = 8;

const dayNumberOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00.000Z`) / 86_400_000;

/**
 * The README's 400 `invalid-project` rules for a filing, in Chinese; undefined when it may be
 * filed on `filedDate` (the filing day in China Standard Time). Whether it was filed early
 * enough is for the unit's rules, not for the platform.
 */
export function projectFilingProblem(
  filing: { readonly startDate: string; readonly endDate: string; readonly hours: number },
  filedDate: string,
): string | undefined {
  const { startDate, endDate, hours } = filing;
  if (endDate < startDate) return '结束日期不能早于开始日期。';
  if (startDate.slice(0, 4) !== endDate.slice(0, 4)) return '培训项目的开始和结束须在同一年内。';
  if (startDate <= filedDate) return `项目已于 ${startDate} 开班，须在开班前备案。`;
  const days = dayNumberOf(endDate) - dayNumberOf(startDate) + 1;
  if (hours > maxProjectHoursPerDay * days) {
    return `学时不能超过每天 ${maxProjectHoursPerDay} 学时（共 ${days} 天，最多 ${maxProjectHoursPerDay * days} 学时）。`;
  }
  return undefined;
}
