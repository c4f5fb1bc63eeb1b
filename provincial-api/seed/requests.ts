import { makeChanges } from './changes.ts';
import type { Random } from './random.ts';
import type { RequestContext } from './request-parts.ts';
import { makeTransfers } from './transfers.ts';

/**
 * A unit's change requests (变更审核) and transfers (人员调转). For a unit of at least 40 staff:
 * at least 3 submitted change requests, one changing the 身份证号 and one the name, each with an
 * attachment; at least one submitted transfer in with certified hours of one or two years and
 * one submitted transfer out; and some of each already decided.
 */
export function makeRequests(r: Random, ctx: RequestContext) {
  const size = ctx.staff.length;
  const active = ctx.staff.filter((s) => s.status === 'active' && !s.deleted);
  if (size < 10 || active.length < 8) return { changes: [], transfers: [], attachments: [] };
  const isFull = size >= 40;
  const people = [...active];
  // Each request is someone else's, so no person has two waiting at once.
  const nextPerson = () => people.splice(r.int(0, people.length - 1), 1)[0] ?? active[0];
  const { changes, attachments } = makeChanges(r, ctx, isFull, nextPerson);
  const transfers = makeTransfers(r, ctx, isFull, active, nextPerson);
  return {
    changes,
    transfers: transfers.transfers,
    attachments: [...attachments, ...transfers.attachments],
  };
}
