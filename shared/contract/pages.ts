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
