import type { Attachment, Category, Claim, Staff } from '../../shared/contract/index.ts';
import { yearBank } from '../../shared/bank/year-bank.ts';
import { evaluateAll } from '../../shared/rules/evaluate-all.ts';
import type { RulebookId } from '../../shared/contract/index.ts';

/**
 * Generates 100,000 pending claims of 20,000 people (plus credited history) and times the batch
 * evaluator and the year bank. Run: `node tests/bench/evaluate-bench.ts [rulebook]`; prints JSON
 * `{ evaluate_all_s, bank_all_ms, bank_with_evaluation_ms, ... }` on stdout.
 */

const people = 20_000;
const pendingPerPerson = 5;
const year = 2025;

const evidence: Attachment = {
  id: 'att',
  fileName: '证明.pdf',
  mimeType: 'application/pdf',
  size: 1,
  sha256: '0'.repeat(64),
};

// A fixed linear congruential sequence: the same data on every run, no dependency.
function sequence(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const mix: readonly Category[] = [
  'training',
  'training',
  'expert_service',
  'competition',
  'computer_exam',
  'self_study_exam',
  'degree_program',
  'outcome',
  'outcome',
  'assignment',
  'long_absence',
  'qualification_exam',
  'title_language_exam',
  'other',
];

function claimFor(
  random: () => number,
  staffId: string,
  n: number,
  status: Claim['status'],
): Claim {
  const category = mix[Math.floor(random() * mix.length)] ?? 'training';
  const month = String(1 + Math.floor(random() * 11)).padStart(2, '0');
  const day = String(1 + Math.floor(random() * 25)).padStart(2, '0');
  const start = `${String(year)}-${month}-${day}`;
  const end = `${String(year)}-${month}-${String(Number(day) + Math.floor(random() * 3)).padStart(2, '0')}`;
  const stamp = `${String(year)}-${month}-${day}T08:${String(n % 60).padStart(2, '0')}:00.000Z`;
  return {
    id: `${staffId}-c${String(n)}`,
    unitId: 'u-bench',
    staffId,
    year,
    category,
    title: `成果或培训${String(Math.floor(random() * 40))}`,
    startDate: start,
    endDate: end,
    claimedHours: Math.round(random() * 400) / 10,
    details: {
      level: 'provincial',
      grade: 'B',
      modules: 1 + Math.floor(random() * 4),
      courses: 1 + Math.floor(random() * 3),
      authorRank: 1 + Math.floor(random() * 3),
      outcomeKind: 'paper',
      months: 1 + Math.floor(random() * 12),
      absenceKind: 'maternity',
      certificateNo: 'ZG',
      filedAt: `${String(year)}-01-02`,
    },
    attachments: random() < 0.9 ? [evidence] : [],
    status,
    ...(status === 'submitted' ? {} : { creditedHours: { public: 0, professional: 10 } }),
    submittedAt: stamp,
    updatedAt: stamp,
    revision: 1,
    deleted: false,
  };
}

export function generate(): { staff: Staff[]; claims: Claim[] } {
  const random = sequence(20_250_101);
  const staff: Staff[] = [];
  const claims: Claim[] = [];
  for (let p = 0; p < people; p += 1) {
    const id = `s${String(p)}`;
    staff.push({
      id,
      unitId: 'u-bench',
      name: `人员${String(p)}`,
      idNumber: '11010519491231002X',
      status: 'active',
      updatedAt: '2025-01-01T00:00:00.000Z',
      revision: 1,
      deleted: false,
    });
    for (let n = 0; n < pendingPerPerson; n += 1) claims.push(claimFor(random, id, n, 'submitted'));
    claims.push(claimFor(random, id, pendingPerPerson, 'unit_approved'));
  }
  return { staff, claims };
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

export function runBenchmark(
  rulebook: RulebookId = 'weihai-2022',
): Record<string, number | string> {
  // Through JSON, as the data reaches the evaluator from a file or the local database: flat
  // strings and plain objects, not the concatenated strings the generator builds.
  const { staff, claims } = JSON.parse(JSON.stringify(generate())) as ReturnType<typeof generate>;
  // One warm-up pass so the numbers show steady state, as the app sees after its first screen.
  evaluateAll(rulebook, claims.slice(0, 5_000));
  const evaluated = time(() => evaluateAll(rulebook, claims));
  const banked = time(() =>
    yearBank(rulebook, year, staff, claims, { evaluations: evaluated.value }),
  );
  const bankedFull = time(() => yearBank(rulebook, year, staff, claims));
  return {
    rulebook,
    people,
    pending_claims: evaluated.value.length,
    evaluate_all_s: Number((evaluated.ms / 1000).toFixed(3)),
    bank_all_ms: Number(banked.ms.toFixed(1)),
    bank_with_evaluation_ms: Number(bankedFull.ms.toFixed(1)),
  };
}

if (import.meta.main) {
  const [rulebook] = process.argv.slice(2);
  const result = runBenchmark((rulebook ?? 'weihai-2022') as RulebookId);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
