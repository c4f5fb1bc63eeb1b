import type { Attachment, Claim } from '../contract/index.ts';

/** Builds contract claims for tests and benchmarks: every field a plain, valid default. */

export const evidence: Attachment = {
  id: 'att-1',
  fileName: '证明.pdf',
  mimeType: 'application/pdf',
  size: 1024,
  sha256: 'a'.repeat(64),
};

let counter = 0;

export function claimOf(overrides: Partial<Claim> & Pick<Claim, 'category'>): Claim {
  counter += 1;
  return {
    id: `c-${String(counter)}`,
    unitId: 'u-1',
    staffId: 's-1',
    year: 2025,
    title: '业务培训',
    claimedHours: 8,
    attachments: [evidence],
    status: 'submitted',
    submittedAt: `2025-03-01T08:00:00.${String(counter % 1000).padStart(3, '0')}Z`,
    updatedAt: '2025-03-01T08:00:00.000Z',
    revision: 1,
    deleted: false,
    ...overrides,
  };
}
