import type { RxJsonSchema } from 'rxdb';
import type { EvidenceResult } from '../../evidence-check/read-evidence.ts';

/**
 * The evidence check of one attachment (issue 19), kept so a file is read once: the claim's
 * revision it was compared with, and what was found. The result holds what the certificate
 * prints (a 身份证号 among it), so it is encrypted at rest. Apart from schemas.ts, which is at
 * its length.
 */
export interface EvidenceCheckDoc {
  readonly id: string;
  readonly claimId: string;
  readonly sha256: string;
  readonly claimRevision: number;
  readonly result: EvidenceResult;
  readonly checkedAt: string;
}

export const evidenceCheckDocSchema: RxJsonSchema<EvidenceCheckDoc> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 64 },
    claimId: { type: 'string' },
    sha256: { type: 'string' },
    claimRevision: { type: 'number' },
    result: { type: 'object' },
    checkedAt: { type: 'string', maxLength: 32 },
  },
  required: ['id', 'claimId', 'sha256', 'claimRevision', 'result', 'checkedAt'],
  encrypted: ['result'],
};
