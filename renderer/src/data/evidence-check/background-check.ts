import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs';
import type { Claim, Staff } from '#shared/contract/index.ts';
import type { EvidenceFinding } from '#shared/evidence/index.ts';
import type { EvidenceChecker } from '../../evidence-check/evidence-checker.ts';
import { unfinishedResult, type EvidenceResult } from '../../evidence-check/read-evidence.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { EvidenceCheckDoc } from '../db/evidence-check-schema.ts';
import { localEvidence } from '../sync/evidence.ts';
import { createFlaggedClaims } from './flagged-claims.ts';
import { docOf, isCurrent, keepCheck, readKeptChecks } from './kept-checks.ts';
import { createReuseIndex, type KeyedUse } from './reuse-index.ts';

/** What the claim view shows of one claim's evidence check. */
export interface ClaimEvidenceCheck {
  /** `checking`: a file is here and not yet read; `waiting`: no file here yet; `done`: all read. */
  readonly status: 'waiting' | 'checking' | 'done';
  readonly findings: readonly EvidenceFinding[];
  /** The kept checks of the claim's files, by attachment id (for the highlights). */
  readonly checks: ReadonlyMap<string, EvidenceCheckDoc>;
}

export interface BackgroundCheckOptions {
  readonly db: ReviewerDatabase;
  readonly checker: EvidenceChecker;
  /** The claim and its person as the working set has them now. */
  readonly claimOf: (claimId: string) => { claim: Claim; staff: Staff } | undefined;
  /** The pending claims in the inbox's order, for the files already here at start. */
  readonly pendingInOrder: () => readonly string[];
}

/** One kept result as the reuse index sees it. */
const reuseEntry = (doc: EvidenceCheckDoc, claim: Claim, staff: Staff): KeyedUse => ({
  attachmentId: doc.id,
  claimId: doc.claimId,
  staffId: staff.id,
  staffName: staff.name,
  category: claim.category,
  year: claim.year,
  sha256: doc.sha256,
  imageHash: doc.result.imageHash,
  certificateKey: doc.result.certificateKey,
});

/**
 * Checks each evidence file once, in the background, one at a time in the evidence worker:
 * files as they arrive (the prefetch brings them in the inbox's order), the claim on the screen
 * before any other (`checkNow`). Results are kept in the replica's `evidencechecks`; reuse is
 * found over them (reuse-index.ts). See docs/evidence-check.md.
 */
export function createBackgroundCheck(options: BackgroundCheckOptions) {
  const { db, checker } = options;
  const kept = new Map<string, EvidenceCheckDoc>();
  const reuse = createReuseIndex();
  /** Bumped whenever a result or a claim's status changes; the views follow it. */
  const changed$ = new BehaviorSubject(0);
  const queue: string[] = [];
  const queued = new Set<string>();
  let urgent: string | undefined;
  let running: string | undefined;
  let isLoaded = false;
  let loop: Promise<void> | undefined;

  const bump = () => changed$.next(changed$.value + 1);

  function enqueue(claimId: string) {
    if (queued.has(claimId)) return;
    queued.add(claimId);
    queue.push(claimId);
  }

  function next(): string | undefined {
    if (urgent !== undefined && queued.has(urgent)) {
      const claimId = urgent;
      urgent = undefined;
      queue.splice(queue.indexOf(claimId), 1);
      queued.delete(claimId);
      return claimId;
    }
    const claimId = queue.shift();
    if (claimId !== undefined) queued.delete(claimId);
    return claimId;
  }

  async function checkClaim(claimId: string): Promise<void> {
    const found = options.claimOf(claimId);
    if (found === undefined) return;
    const { claim, staff } = found;
    for (const attachment of claim.attachments) {
      if (isCurrent(kept.get(attachment.id), claim, attachment)) continue;
      const file = await localEvidence(db, attachment.id, attachment.sha256);
      if (file === null) continue;
      const started = performance.now();
      let result: EvidenceResult;
      try {
        result = await checker.check(
          { bytes: new Uint8Array(await file.arrayBuffer()), mimeType: attachment.mimeType },
          claim,
          staff,
        );
      } catch (error) {
        // The worker broke or ran out of time: the claim says so (never a silent hang), and the
        // result stays in memory only, so the next sign-in reads the file again.
        console.error('evidence check failed', claimId, attachment.id, error);
        kept.set(attachment.id, docOf(claim, attachment, unfinishedResult()));
        bump();
        continue;
      }
      const doc = docOf(claim, attachment, result);
      // For `npm run bench`: seconds a file, by how it was read (a drawn page means OCR).
      performance.measure(result.imageHash === null ? 'ce:evidence-text' : 'ce:evidence-ocr', {
        start: started,
      });
      await keepCheck(db, doc);
      kept.set(attachment.id, doc);
      reuse.put(reuseEntry(doc, claim, staff));
      bump();
    }
  }

  function run(): Promise<void> {
    loop ??= (async () => {
      for (let claimId = next(); claimId !== undefined; claimId = next()) {
        running = claimId;
        bump();
        try {
          await checkClaim(claimId);
        } catch (error) {
          // The replica failed to give or keep a file: said in the console, the claim left unchecked.
          console.error('evidence check failed', claimId, error);
        }
        running = undefined;
        bump();
      }
      performance.mark('ce:evidence-idle');
    })().finally(() => {
      loop = undefined;
    });
    return loop;
  }

  async function load(): Promise<void> {
    for (const [id, doc] of await readKeptChecks(db)) kept.set(id, doc);
    reuse.putAll(
      [...kept.values()].flatMap((doc) => {
        const found = options.claimOf(doc.claimId);
        return found === undefined ? [] : [reuseEntry(doc, found.claim, found.staff)];
      }),
    );
    isLoaded = true;
    for (const claimId of options.pendingInOrder()) enqueue(claimId);
    bump();
  }

  function statusOf(claimId: string): ClaimEvidenceCheck['status'] {
    const found = options.claimOf(claimId);
    if (found === undefined || found.claim.attachments.length === 0) return 'done';
    const isDone = found.claim.attachments.every((a) => isCurrent(kept.get(a.id), found.claim, a));
    if (isDone) return 'done';
    return running === claimId || queued.has(claimId) ? 'checking' : 'waiting';
  }

  function findingsOf(claimId: string): EvidenceFinding[] {
    const found = options.claimOf(claimId);
    if (found === undefined) return [];
    // Two files saying the same (a certificate and a letter naming the same other person) are
    // one finding to the reviewer.
    const own = [
      ...new Map(
        found.claim.attachments
          .flatMap((a) =>
            isCurrent(kept.get(a.id), found.claim, a)
              ? (kept.get(a.id)?.result.findings ?? [])
              : [],
          )
          .map((finding) => [`${finding.code}:${finding.message}`, finding] as const),
      ).values(),
    ];
    const reused = reuse.findingOf(claimId);
    return reused === undefined ? own : [...own, reused];
  }

  const flaggedClaims = createFlaggedClaims({
    version: () => changed$.value,
    candidates: function* () {
      yield* reuse.claimsWithFinding();
      for (const doc of kept.values()) if (doc.result.findings.length > 0) yield doc.claimId;
    },
    codesOf: (claimId) => findingsOf(claimId).map((finding) => finding.code),
  });

  function viewOf(claimId: string): ClaimEvidenceCheck {
    const found = options.claimOf(claimId);
    const checks = new Map(
      (found?.claim.attachments ?? []).flatMap((a) => {
        const doc = kept.get(a.id);
        return doc === undefined ? [] : [[a.id, doc] as const];
      }),
    );
    return { status: statusOf(claimId), findings: findingsOf(claimId), checks };
  }

  return {
    /** Reads the kept results, then checks what is here and not yet checked, in the inbox's order. */
    async start(): Promise<void> {
      await load();
      await run();
    },

    /** A file of this claim has arrived on this machine: it is checked in its turn. */
    arrived(claimId: string): void {
      enqueue(claimId);
      if (isLoaded) void run();
    },

    /** The claim on the screen: its files are checked before any other. */
    checkNow(claimId: string): void {
      if (statusOf(claimId) === 'done' && !queued.has(claimId)) return;
      enqueue(claimId);
      urgent = claimId;
      bump();
      if (isLoaded) void run();
    },

    /** The claims with any EVIDENCE_* finding and their codes, for the inbox's filter. */
    flagged: flaggedClaims,

    /** Whether a claim has any EVIDENCE_* finding: bulk approval leaves it out. */
    hasFinding: (claimId: string): boolean => findingsOf(claimId).length > 0,

    /** Bumped on every change (`version`: its count now): bulk approve follows it. */
    changed$: changed$.asObservable(),
    version: () => changed$.value,

    /** One claim's check as the claim view shows it, following every change. */
    watch(claimId: string): Observable<ClaimEvidenceCheck> {
      return changed$.pipe(
        map(() => viewOf(claimId)),
        distinctUntilChanged(
          (a, b) =>
            a.status === b.status &&
            a.findings.length === b.findings.length &&
            a.checks.size === b.checks.size &&
            a.findings.every((f, i) => f === b.findings[i]),
        ),
      );
    },
  };
}

export type BackgroundCheck = ReturnType<typeof createBackgroundCheck>;
