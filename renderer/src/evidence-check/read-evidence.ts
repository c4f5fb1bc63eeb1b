import type { PDFDocumentLoadingTask, PDFPageProxy } from 'pdfjs-dist';
import type { Claim, Staff } from '#shared/contract/index.ts';
import {
  certificateKey,
  checkEvidence,
  differenceHash,
  extractFields,
  plainText,
  type EvidenceFields,
  type EvidenceFinding,
  type ReadText,
  type RgbaImage,
} from '#shared/evidence/index.ts';
import { evidenceCheckUnfinished } from '#shared/rules/findings.ts';
import type { OcrEngine } from './ocr-engine.ts';
import { pdfText } from './pdf-text.ts';

/**
 * What differs between Node and a browser worker: decoding an image, opening a PDF (pdf.js with
 * the app's own CMaps, standard fonts and decoders) and drawing a page. Everything else is here.
 */
export interface EvidencePlatform {
  readonly decodeImage: (
    bytes: Uint8Array,
    mimeType: 'image/jpeg' | 'image/png',
  ) => Promise<RgbaImage>;
  readonly openPdf: (bytes: Uint8Array) => PDFDocumentLoadingTask;
  readonly renderPage: (page: PDFPageProxy, scale: number) => Promise<RgbaImage>;
  readonly ocr: OcrEngine;
}

export type EvidenceMimeType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface EvidenceReading {
  readonly read: ReadText;
  /** The first page's difference hash when it was drawn (scans and photos); null for text PDFs. */
  readonly imageHash: string | null;
}

/** A page with fewer Han characters than this in its text layer is a scan: it is drawn and read. */
const textLayerMinimum = 4;
/** pdf.js points to pixels for OCR: 2 gives about 144 dpi, enough for 10-point Chinese. */
const ocrScale = 2;

const hanCount = (read: ReadText) =>
  read.items.reduce((n, item) => n + (item.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0);

async function readImage(platform: EvidencePlatform, image: RgbaImage): Promise<EvidenceReading> {
  const items = await platform.ocr.recognize(image, 0);
  return {
    read: { source: 'ocr', pages: [{ width: image.width, height: image.height }], items },
    imageHash: differenceHash(image),
  };
}

/** What a file that cannot be opened reads as: nothing, which gives EVIDENCE_UNREADABLE. */
const nothingRead: EvidenceReading = {
  read: { source: 'ocr', pages: [], items: [] },
  imageHash: null,
};

async function readPdf(platform: EvidencePlatform, bytes: Uint8Array): Promise<EvidenceReading> {
  const task = platform.openPdf(bytes);
  try {
    let scan: { image: RgbaImage; pages: ReadText['pages'] };
    try {
      const document = await task.promise;
      const text = await pdfText(document);
      const read: ReadText = { source: 'text_layer', ...text };
      if (hanCount(read) >= textLayerMinimum) return { read, imageHash: null };
      // A scan inside a PDF (JPEG, JPEG 2000, JBIG2): draw the first page and read it.
      const page = await document.getPage(1);
      scan = { image: await platform.renderPage(page, ocrScale), pages: text.pages };
    } catch {
      return nothingRead;
    }
    const scanned = await readImage(platform, scan.image);
    const items = scanned.read.items.map((item) => ({
      ...item,
      box: {
        ...item.box,
        x: item.box.x / ocrScale,
        y: item.box.y / ocrScale,
        width: item.box.width / ocrScale,
        height: item.box.height / ocrScale,
      },
    }));
    return { read: { source: 'ocr', pages: scan.pages, items }, imageHash: scanned.imageHash };
  } finally {
    await task.destroy();
  }
}

/**
 * Reads one evidence file. A file that cannot be opened reads as empty (EVIDENCE_UNREADABLE);
 * a failing OCR engine throws, so the caller says the check did not finish rather than
 * blaming the file (`unfinishedResult`).
 */
export async function readEvidence(
  platform: EvidencePlatform,
  bytes: Uint8Array,
  mimeType: EvidenceMimeType,
): Promise<EvidenceReading> {
  if (mimeType === 'application/pdf') return readPdf(platform, bytes);
  let image: RgbaImage;
  try {
    image = await platform.decodeImage(bytes, mimeType);
  } catch {
    return nothingRead;
  }
  return readImage(platform, image);
}

/** The result the app keeps with the replica, once per file and claim. */
export interface EvidenceResult {
  readonly text: string;
  readonly fields: EvidenceFields;
  readonly findings: readonly EvidenceFinding[];
  readonly imageHash: string | null;
  readonly certificateKey: string | null;
}

/**
 * What the claim shows when its file's check did not finish (the worker broke or ran out of
 * time): EVIDENCE_UNREADABLE saying so. Kept for the session only, so the next one reads again.
 */
export function unfinishedResult(): EvidenceResult {
  return {
    text: '',
    fields: extractFields(nothingRead.read),
    findings: [evidenceCheckUnfinished()],
    imageHash: null,
    certificateKey: null,
  };
}

/** Reads one file and compares it with the claim and the claimant. */
export async function checkEvidenceFile(
  platform: EvidencePlatform,
  file: { readonly bytes: Uint8Array; readonly mimeType: EvidenceMimeType },
  claim: Claim,
  staff: Staff,
): Promise<EvidenceResult> {
  const { read, imageHash } = await readEvidence(platform, file.bytes, file.mimeType);
  const { fields, findings } = checkEvidence(read, claim, staff);
  return {
    text: plainText(read),
    fields,
    findings,
    imageHash,
    certificateKey: certificateKey(fields),
  };
}
