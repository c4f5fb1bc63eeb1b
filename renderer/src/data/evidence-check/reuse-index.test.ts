import { describe, expect, it } from 'vitest';
import { findReuse } from '#shared/evidence/index.ts';
import { createReuseIndex, type KeyedUse } from './reuse-index.ts';

const use = (overrides: Partial<KeyedUse> & Pick<KeyedUse, 'attachmentId' | 'claimId'>) => ({
  staffId: `s-${overrides.claimId}`,
  staffName: `人员${overrides.claimId}`,
  category: 'training' as const,
  year: 2025,
  sha256: `${overrides.attachmentId}-bytes`,
  imageHash: null,
  certificateKey: null,
  ...overrides,
});

const related = (index: ReturnType<typeof createReuseIndex>, claims: readonly string[]) =>
  Object.fromEntries(claims.map((id) => [id, index.findingOf(id)?.relatedClaimIds ?? []]));

describe('createReuseIndex', () => {
  it('finds, result by result, what findReuse finds over the whole unit', () => {
    const uses = [
      use({ attachmentId: 'A1', claimId: 'C1', sha256: 'f' }),
      use({ attachmentId: 'A2', claimId: 'C2', sha256: 'f' }),
      use({ attachmentId: 'A3', claimId: 'C3', certificateKey: '刘涛|No.1' }),
      use({ attachmentId: 'A4', claimId: 'C2', certificateKey: '刘涛|No.1' }),
      use({ attachmentId: 'A5', claimId: 'C5' }),
    ];
    const index = createReuseIndex();
    const touched = uses.map((u) => [...index.put(u)].sort());
    const whole = findReuse(uses);
    const claims = ['C1', 'C2', 'C3', 'C5'];
    expect(related(index, claims)).toEqual(
      Object.fromEntries(claims.map((id) => [id, whole.get(id)?.relatedClaimIds ?? []])),
    );
    expect(related(index, claims)).toEqual({
      C1: ['C2'],
      C2: ['C1', 'C3'],
      C3: ['C2'],
      C5: [],
    });
    expect(touched).toEqual([['C1'], ['C1', 'C2'], ['C3'], ['C1', 'C2', 'C3'], ['C5']]);
  });

  it('drops the finding when a file checked again no longer matches', () => {
    const index = createReuseIndex();
    index.putAll([
      use({ attachmentId: 'A1', claimId: 'C1', sha256: 'f' }),
      use({ attachmentId: 'A2', claimId: 'C2', sha256: 'f' }),
    ]);
    expect(related(index, ['C1', 'C2'])).toEqual({ C1: ['C2'], C2: ['C1'] });
    index.put(use({ attachmentId: 'A2', claimId: 'C2', sha256: 'g' }));
    expect(related(index, ['C1', 'C2'])).toEqual({ C1: [], C2: [] });
  });
});
