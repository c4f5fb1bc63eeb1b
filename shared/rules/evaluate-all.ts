import type { Claim, IntegrityRecord, RulebookId, Staff } from '../contract/index.ts';
import { defaultWorkdayCalendar, type WorkdayCalendar } from '../calendar/working-days.ts';
import { evaluatePending } from './evaluate-claim.ts';
import { bySubmission, creditedHoursOf, isCredited, PersonLedger } from './ledger.ts';
import { rulebooks } from './rulebooks.ts';
import type { Evaluation, Rulebook } from './types.ts';

export interface EvaluateOptions {
  /** Working-day calendar for filing deadlines; the chinese-days calendar when absent. */
  readonly calendar?: WorkdayCalendar;
  /** The unit's staff, for their integrity records (contract 1.1); none are assumed when absent. */
  readonly staff?: readonly Pick<Staff, 'id' | 'integrityRecords'>[];
}

const noRecords: readonly IntegrityRecord[] = [];

function integrityRecordsOf(
  options: EvaluateOptions,
): (staffId: string) => readonly IntegrityRecord[] {
  const byStaff = new Map<string, readonly IntegrityRecord[]>();
  for (const person of options.staff ?? []) {
    if (person.integrityRecords !== undefined && person.integrityRecords.length > 0) {
      byStaff.set(person.id, person.integrityRecords);
    }
  }
  return (staffId) => byStaff.get(staffId) ?? noRecords;
}

function resolve(rulebook: Rulebook | RulebookId): Rulebook {
  return typeof rulebook === 'string' ? rulebooks[rulebook] : rulebook;
}

function isPending(claim: Claim): boolean {
  return !claim.deleted && claim.status === 'submitted';
}

/** Walks one person's claims: credited first, then pending in submission order. */
function evaluatePerson(
  rulebook: Rulebook,
  claims: readonly Claim[],
  calendar: WorkdayCalendar,
  records: readonly IntegrityRecord[],
  into: Map<Claim, Evaluation>,
): void {
  const ordered = [...claims].sort(bySubmission);
  const ledger = new PersonLedger();
  for (const claim of ordered) {
    if (isCredited(claim)) ledger.consume(rulebook, claim, creditedHoursOf(claim));
  }
  for (const claim of ordered) {
    if (isPending(claim))
      into.set(claim, evaluatePending(rulebook, claim, ledger, calendar, records));
  }
}

/**
 * Evaluates every pending claim, for any number of people, grouping by person once.
 * One result per `submitted` (not deleted) claim, in input order.
 */
export function evaluateAll(
  rulebook: Rulebook | RulebookId,
  claims: readonly Claim[],
  options: EvaluateOptions = {},
): Evaluation[] {
  const book = resolve(rulebook);
  const calendar = options.calendar ?? defaultWorkdayCalendar();
  const byPerson = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.deleted) continue;
    const own = byPerson.get(claim.staffId);
    if (own === undefined) byPerson.set(claim.staffId, [claim]);
    else own.push(claim);
  }
  const recordsOf = integrityRecordsOf(options);
  const results = new Map<Claim, Evaluation>();
  for (const [staffId, own] of byPerson) {
    if (own.some(isPending)) evaluatePerson(book, own, calendar, recordsOf(staffId), results);
  }
  const out: Evaluation[] = [];
  for (const claim of claims) {
    const result = results.get(claim);
    if (result !== undefined) out.push(result);
  }
  return out;
}

/**
 * Evaluates one claim as the reviewer opens it, given that person's other claims (any status,
 * any year). The claim is judged as pending, whatever its status now.
 */
export function evaluateClaim(
  rulebook: Rulebook | RulebookId,
  claim: Claim,
  personClaims: readonly Claim[],
  options: EvaluateOptions = {},
): Evaluation {
  const pending: Claim = { ...claim, status: 'submitted', deleted: false };
  const others = personClaims.filter(
    (other) => other.staffId === claim.staffId && other.id !== claim.id && !other.deleted,
  );
  const results = new Map<Claim, Evaluation>();
  evaluatePerson(
    resolve(rulebook),
    [...others, pending],
    options.calendar ?? defaultWorkdayCalendar(),
    integrityRecordsOf(options)(claim.staffId),
    results,
  );
  const result = results.get(pending);
  if (result === undefined) throw new Error('Assertion failed: the opened claim was evaluated');
  return result;
}
