import type { Claim, Staff } from '#shared/contract/index.ts';
import type { EvidenceMimeType, EvidenceResult } from './read-evidence.ts';

/** One file to check, as the page hands it to the evidence worker. */
export interface CheckRequest {
  readonly id: number;
  /** The app's root URL: the worker loads the models and pdf.js's files from there. */
  readonly base: string;
  readonly bytes: Uint8Array;
  readonly mimeType: EvidenceMimeType;
  readonly claim: Claim;
  readonly staff: Staff;
}

/** The worker's answer: the result, or why the check itself broke (a bug, not a bad file). */
export type CheckAnswer =
  | { readonly id: number; readonly ok: true; readonly result: EvidenceResult }
  | { readonly id: number; readonly ok: false; readonly message: string };
