import type { Finding } from '../rules/types.ts';

/** A rectangle on one page, top-left origin, in the page's own units (pixels or PDF points). */
export interface Box {
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** One run of text as a reader gives it: a pdf.js text item or an OCR line. */
export interface TextItem {
  readonly text: string;
  readonly box: Box;
}

/** What was read from one file: its pages' sizes and their text items. */
export interface ReadText {
  readonly source: 'text_layer' | 'ocr';
  readonly pages: readonly { readonly width: number; readonly height: number }[];
  readonly items: readonly TextItem[];
}

/** A value found on the certificate and where it stands, so the view can highlight it. */
export interface Found<T> {
  readonly value: T;
  readonly boxes: readonly Box[];
}

export interface EvidenceFields {
  readonly name: Found<string> | null;
  readonly idNumber: Found<string> | null;
  readonly hours: Found<number> | null;
  readonly startDate: Found<string> | null;
  readonly endDate: Found<string> | null;
  readonly organizer: Found<string> | null;
  readonly certificateNo: Found<string> | null;
  /** Every date printed, for the date comparison (a single date may be the issue date). */
  readonly dates: readonly Found<string>[];
}

/** A finding about the evidence; reuse names the other claims so the reviewer can open them. */
export interface EvidenceFinding extends Finding {
  readonly relatedClaimIds?: readonly string[];
}
