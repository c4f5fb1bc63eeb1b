import { BehaviorSubject, Subject } from 'rxjs';
import type { Attachment } from '#shared/contract/index.ts';
import { appError, err, ok, type Result } from '#shared/errors/result.ts';
import type { ReviewerDatabase } from '../db/database.ts';
import type { ApiClient } from './api-client.ts';
import { watchEvidenceBudget } from './evidence-budget-setting.ts';
import { defaultEvidenceBudget, planRoom, type FileUse } from './evidence-room.ts';
import {
  downloadEvidence,
  keepEvidence,
  keptEvidence,
  removeEvidence,
  type DownloadedEvidence,
  type EvidenceFailure,
  type KeptEvidence,
} from './evidence.ts';
import type { RetryOptions } from './with-retry.ts';
import { createWriteBatches } from './write-batches.ts';

// Over 250 lines: the order, the disk budget and the writes under way share one state (what is
// kept, what is reserved, what is being written); apart, each would reach into the others.

/** The background download of evidence files, as the sync page shows it. */
export interface EvidencePrefetchState {
  readonly phase: 'idle' | 'running' | 'done' | 'stopped' | 'full';
  /** Files brought in this round, and how many the round set out to bring. */
  readonly fetched: number;
  readonly total: number;
  /** Files the platform gave wrong (size, checksum, type): left out. */
  readonly refused: number;
  /** Bytes of evidence on this machine now, and the most allowed. */
  readonly bytes: number;
  readonly budget: number;
  /** Why the round stopped (Chinese): the platform out of reach, no room left. */
  readonly problem: string | null;
}

/** What the prefetch needs to know of the unit's claims (from the review store). */
export interface EvidenceNeeds {
  /** Claims still to be reviewed, with their files: what the prefetch brings. */
  readonly pending: ReadonlyMap<string, readonly Attachment[]>;
  /** Decided on this machine, not yet synced: their files stay. */
  readonly isWaiting: (claimId: string) => boolean;
}

export interface EvidencePrefetchOptions {
  readonly db: ReviewerDatabase;
  readonly client: ApiClient;
  readonly retry: RetryOptions;
  readonly needs: () => EvidenceNeeds;
  /** Files fetched at the same time. */
  readonly concurrency?: number;
}

interface Wanted {
  readonly claimId: string;
  readonly attachment: Attachment;
  readonly rank: number;
}

const keyOf = (attachment: Attachment) => `${attachment.id}:${attachment.sha256}`;

/** Downloaded files waiting for their write, at most (each at most 20 MB, most far smaller). */
const unwrittenAtMost = 48;

/**
 * Brings the pending claims' files onto this machine in the background, in the inbox's current
 * order from the claim on the screen on (`prioritize`), within the disk budget: files of claims
 * decided and synced make room first, then those furthest down the list. It never holds up the
 * inbox or the records' sync; a file that could not be fetched or stored is tried again in the
 * next round (`start`, after each pull and sync).
 */
export function createEvidencePrefetch(options: EvidencePrefetchOptions) {
  const { db, client, retry } = options;
  let budget = defaultEvidenceBudget;
  const state$ = new BehaviorSubject<EvidencePrefetchState>({
    phase: 'idle',
    fetched: 0,
    total: 0,
    refused: 0,
    bytes: 0,
    budget,
    problem: null,
  });
  const arrived$ = new Subject<string>();
  const show = (patch: Partial<EvidencePrefetchState>) =>
    state$.next({ ...state$.value, ...patch });

  let kept: Map<string, KeptEvidence> | undefined;
  let usedBytes = 0;
  const keptFiles = async () => {
    if (kept === undefined) {
      kept = await keptEvidence(db);
      usedBytes = [...kept.values()].reduce((sum, file) => sum + file.size, 0);
      show({ bytes: usedBytes });
    }
    return kept;
  };

  // The reviewer's order: the inbox's rows, and the one on the screen.
  let order: readonly { readonly key: string }[] = [];
  let from = 0;
  let rankOf = new Map<string, number>();
  let isReordered = true;

  function ranks(pending: EvidenceNeeds['pending']): Map<string, number> {
    const ranked = new Map<string, number>();
    const put = (claimId: string) => {
      if (pending.has(claimId) && !ranked.has(claimId)) ranked.set(claimId, ranked.size);
    };
    for (let n = from; n < order.length; n += 1) put(order[n]?.key ?? '');
    for (let n = 0; n < from && n < order.length; n += 1) put(order[n]?.key ?? '');
    for (const claimId of pending.keys()) put(claimId);
    return ranked;
  }

  function useOf(claimId: string, needs: EvidenceNeeds): FileUse {
    if (needs.pending.has(claimId)) {
      return { kind: 'ahead', rank: rankOf.get(claimId) ?? Number.MAX_SAFE_INTEGER };
    }
    return needs.isWaiting(claimId) ? { kind: 'waiting' } : { kind: 'settled' };
  }

  /** The writes of downloaded files under way. */
  const writes = new Set<Promise<void>>();

  /** Room for a file at `rank`: frees what the budget plan says, or answers false. */
  async function makeRoom(size: number, rank: number): Promise<boolean> {
    // The files on this machine are counted first (once a session), and the plan weighs the
    // files kept: the ones still being written are waited for.
    const files = await keptFiles();
    if (usedBytes + size <= budget) return true;
    await Promise.all(writes);
    if (usedBytes + size <= budget) return true;
    const needs = options.needs();
    const plan = planRoom(
      [...files.values()].map((file) => ({ ...file, use: useOf(file.claimId, needs) })),
      budget,
      { size, rank },
    );
    if (plan === null) return false;
    const gone = new Set(plan);
    await removeEvidence(db, plan);
    for (const [key, file] of files) {
      if (gone.has(file.id)) {
        files.delete(key);
        usedBytes -= file.size;
      }
    }
    show({ bytes: usedBytes });
    return true;
  }

  // Files are written together when they come faster than one write takes (write-batches.ts).
  const keep = createWriteBatches((files: readonly DownloadedEvidence[]) =>
    keepEvidence(db, files),
  );

  const download = (item: Wanted) => downloadEvidence(client, retry, item.claimId, item.attachment);

  /** Keeps a downloaded file: its room is taken at once, and given back if it was not kept. */
  async function store(
    item: Wanted,
    file: DownloadedEvidence,
  ): Promise<Result<KeptEvidence, EvidenceFailure>> {
    usedBytes += item.attachment.size;
    const kept = await keep(file);
    if (kept.ok) {
      (await keptFiles()).set(keyOf(item.attachment), kept.value);
      arrived$.next(item.attachment.id);
    } else usedBytes -= item.attachment.size;
    return kept;
  }

  async function bring(item: Wanted): Promise<Result<KeptEvidence, EvidenceFailure>> {
    const downloaded = await download(item);
    return downloaded.ok ? store(item, downloaded.value) : downloaded;
  }

  let running: Promise<void> | null = null;

  async function round(): Promise<void> {
    const files = await keptFiles();
    const needs = options.needs();
    const missing = (attachment: Attachment) => !files.has(keyOf(attachment));
    const tried = new Set<string>();
    let queue: Wanted[] = [];
    let cursor = 0;
    const take = (): Wanted | undefined => {
      if (isReordered) {
        isReordered = false;
        rankOf = ranks(needs.pending);
        queue = [...rankOf].flatMap(([claimId, rank]) =>
          (needs.pending.get(claimId) ?? []).map((attachment) => ({ claimId, attachment, rank })),
        );
        cursor = 0;
      }
      while (cursor < queue.length) {
        const item = queue[cursor];
        cursor += 1;
        if (item === undefined) continue;
        const key = keyOf(item.attachment);
        if (tried.has(key) || !missing(item.attachment)) continue;
        tried.add(key);
        return item;
      }
      return undefined;
    };
    isReordered = true;
    const total = [...needs.pending.values()].flat().filter(missing).length;
    let stopped: Pick<EvidencePrefetchState, 'phase' | 'problem'> | undefined;
    show({ phase: 'running', fetched: 0, total, refused: 0, problem: null });

    const count = (fetched: Result<KeptEvidence, EvidenceFailure>) => {
      if (fetched.ok) show({ fetched: state$.value.fetched + 1, bytes: usedBytes });
      else if (fetched.error.kind === 'refused') show({ refused: state$.value.refused + 1 });
      else stopped ??= { phase: 'stopped', problem: fetched.error.message };
    };
    // A file is written while the next one downloads: under load IndexedDB's commit takes longer
    // than a download, and waiting for it left the request idle (about 25 files a second at
    // 20,000 / 100,000). At most `unwrittenAtMost` files wait in memory for their write.
    const worker = async () => {
      for (let item = take(); item !== undefined && stopped === undefined; item = take()) {
        if (!(await makeRoom(item.attachment.size, item.rank))) {
          stopped = {
            phase: 'full',
            problem: '证明材料已达到本机占用上限，其余文件在审核时按需下载；可在“同步”页调高上限。',
          };
          break;
        }
        const downloaded = await download(item);
        if (!downloaded.ok) {
          count(downloaded);
          continue;
        }
        const write = store(item, downloaded.value).then(count);
        writes.add(write);
        void write.then(() => writes.delete(write));
        while (writes.size >= unwrittenAtMost) await Promise.race(writes);
      }
    };
    await Promise.all(Array.from({ length: options.concurrency ?? 8 }, worker));
    await Promise.all(writes);
    show(stopped ?? { phase: 'done', problem: null });
  }

  /** Starts a round of fetching, or joins the one under way. */
  function start(): Promise<void> {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  }

  watchEvidenceBudget(db).subscribe((bytes) => {
    const isLower = bytes < budget;
    budget = bytes;
    show({ budget });
    // A lower budget frees room at once: settled files first, then the furthest down the list.
    // A higher one lets a round that ran out of room go on.
    if (isLower) void makeRoom(0, -1);
    else if (state$.value.phase === 'full') void start();
  });

  return {
    state$,
    /** Attachment ids as their files arrive on this machine. */
    arrived$,
    start,

    /** The inbox's rows in their current order and the row on the screen: fetched from there on. */
    prioritize(rows: readonly { readonly key: string }[], selectedIndex: number): void {
      order = rows;
      from = Math.max(0, selectedIndex);
      isReordered = true;
    },

    /** 下载证明材料: this claim's missing files now, before any other. */
    async fetchNow(claimId: string, attachments: readonly Attachment[]): Promise<Result<void>> {
      const files = await keptFiles();
      for (const attachment of attachments) {
        if (files.has(keyOf(attachment))) continue;
        if (!(await makeRoom(attachment.size, -1))) {
          return err(
            appError('validation', '本机为证明材料设定的空间已满，请在“同步”页调高上限后再试。'),
          );
        }
        const fetched = await bring({ claimId, attachment, rank: -1 });
        if (!fetched.ok) return err(appError('network', fetched.error.message));
        show({ bytes: usedBytes });
      }
      return ok(undefined);
    },
  };
}

export type EvidencePrefetch = ReturnType<typeof createEvidencePrefetch>;
