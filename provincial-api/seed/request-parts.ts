import type { Staff, UnitDecisionRecord } from '../../shared/contract/index.ts';
import type { UnitTemplate } from './catalog.ts';
import type { AttachmentRow } from './claims.ts';
import type { EvidenceFile } from './files.ts';
import { personName } from './people.ts';
import type { Random } from './random.ts';
import { seededUuid } from './seeded-uuid.ts';

/** What the seeder's change requests and transfers are made from. */
export interface RequestContext {
  readonly unitId: string;
  readonly template: UnitTemplate;
  readonly staff: readonly Omit<Staff, 'updatedAt'>[];
  /** 身份证号 already used, so new ones stay unique. */
  readonly taken: Set<string>;
  readonly files: readonly EvidenceFile[];
  readonly nowMs: number;
}

export const dayMs = 86_400_000;

export function attach(
  r: Random,
  ctx: RequestContext,
  ownerId: string,
  name: string,
): AttachmentRow {
  const file = r.pick(ctx.files);
  return {
    id: `${ownerId}-A1`,
    ownerId,
    fileName: `${name}.${file.extension}`,
    mimeType: file.mimeType,
    size: file.bytes.length,
    sha256: file.sha256,
  };
}

export function decided(
  r: Random,
  ctx: RequestContext,
  outcome: 'approve' | 'reject',
  reason: string,
) {
  return {
    decisionId: seededUuid(r),
    outcome,
    ...(outcome === 'reject' ? { reason } : {}),
    reviewerName: personName(r),
    decidedAt: new Date(ctx.nowMs - r.int(1, 5) * dayMs).toISOString(),
  } satisfies UnitDecisionRecord;
}

export const submittedAt = (r: Random, ctx: RequestContext) =>
  new Date(ctx.nowMs - r.int(1, 20) * dayMs - r.int(0, dayMs - 1)).toISOString();
