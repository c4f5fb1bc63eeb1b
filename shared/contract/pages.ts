import { z } from 'zod';
import { checkpointSchema } from './common.ts';

/**
 * A pull page is checked in two steps: the envelope strictly, each document on its own,
 * so one bad document is skipped and reported while the rest of the page goes on.
 */
export const pullPageSchema = z.object({
  documents: z.array(z.unknown()),
  checkpoint: checkpointSchema,
});
export type PullPage = z.infer<typeof pullPageSchema>;

/** A whole page of one kind of document, as the contract's pull answers describe it. */
export function pageOf<S extends z.ZodType>(document: S) {
  return z.object({ documents: z.array(document), checkpoint: checkpointSchema });
}
