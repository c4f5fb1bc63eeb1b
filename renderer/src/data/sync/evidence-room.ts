/** The default disk budget for evidence files on this machine. */
export const defaultEvidenceBudget = 2 * 1024 ** 3;

/**
 * What a kept file is for now:
 * - `settled`: its claim was decided and the platform has the decision, or it no longer waits
 *   for the unit: needed no more, so it goes first, the oldest first;
 * - `waiting`: decided here, not yet synced: kept, as the reviewer may take the decision back;
 * - `ahead`: its claim is still to be reviewed, `rank` places in the reviewer's order (0 the claim
 *   on the screen): it goes last, the furthest first, and only to make room for a nearer file.
 */
export type FileUse =
  | { readonly kind: 'settled' }
  | { readonly kind: 'waiting' }
  | { readonly kind: 'ahead'; readonly rank: number };

export interface RoomFile {
  readonly id: string;
  readonly size: number;
  readonly fetchedAt: string;
  readonly use: FileUse;
}

/**
 * Which kept files to remove so that a new file of `size` bytes, for a claim at `rank`, fits in
 * the budget; null when it cannot fit without removing files the reviewer still needs more.
 */
export function planRoom(
  kept: readonly RoomFile[],
  budget: number,
  incoming: { readonly size: number; readonly rank: number },
): readonly string[] | null {
  let used = kept.reduce((sum, file) => sum + file.size, 0);
  if (used + incoming.size <= budget) return [];
  const settled = kept
    .filter((file) => file.use.kind === 'settled')
    .sort((a, b) => a.fetchedAt.localeCompare(b.fetchedAt));
  const rankOf = (file: RoomFile) => (file.use.kind === 'ahead' ? file.use.rank : -1);
  const further = kept
    .filter((file) => rankOf(file) > incoming.rank)
    .sort((a, b) => rankOf(b) - rankOf(a));
  const evict: string[] = [];
  for (const file of [...settled, ...further]) {
    if (used + incoming.size <= budget) break;
    evict.push(file.id);
    used -= file.size;
  }
  return used + incoming.size <= budget ? evict : null;
}
