/**
 * The evidence check a worker calls: read one file (text layer or OCR), compare it with the
 * claim and the claimant, and keep the result; reuse is found over the unit's results with
 * `findReuse` from shared/evidence. See docs/evidence-check.md.
 */
export {
  checkEvidenceFile,
  readEvidence,
  type EvidenceMimeType,
  type EvidencePlatform,
  type EvidenceReading,
  type EvidenceResult,
} from './read-evidence.ts';
export { browserEvidencePlatform, type BrowserAssets } from './browser-platform.ts';
export { createOcrEngine, type OcrEngine, type OcrModels, type OcrOptions } from './ocr-engine.ts';
