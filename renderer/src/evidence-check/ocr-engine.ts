import Ocr, { FileUtilsBase, registerBackend } from '@gutenye/ocr-common';
import { splitIntoLineImages } from '@gutenye/ocr-common/splitIntoLineImages';
import * as ort from 'onnxruntime-web';
import type { RgbaImage, TextItem } from '#shared/evidence/index.ts';
import { RawImage, resizeRgba } from './image-raw.ts';

/** The PaddleOCR files, as bytes and text: the caller loads them from the app's own files. */
export interface OcrModels {
  readonly detection: Uint8Array;
  readonly recognition: Uint8Array;
  /** ppocr_keys_v1.txt: one character a line. */
  readonly dictionary: string;
}

export interface OcrOptions {
  /** Where onnxruntime-web finds its .wasm/.mjs files (a URL prefix in a worker, a folder in Node). */
  readonly wasmPaths?: string;
  /** WASM threads; 1 keeps a background check from taking both cores of a small machine. */
  readonly threads?: number;
}

export interface OcrEngine {
  /** The lines read on one page, with their boxes in the image's pixels. */
  readonly recognize: (image: RgbaImage, page: number) => Promise<TextItem[]>;
}

/** The library reads its dictionary through FileUtils: here the "path" is the text itself. */
class DictionaryText extends FileUtilsBase {
  static override read(text: string): Promise<string> {
    return Promise.resolve(text);
  }
}

/** Pages larger than this on their long side are scaled down first: time grows with the area. */
const longestSide = 1600;

function fitted(image: RgbaImage): { image: RgbaImage; scale: number } {
  const scale = Math.min(1, longestSide / Math.max(image.width, image.height));
  if (scale === 1) return { image, scale };
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  return { image: { data: resizeRgba(image, width, height), width, height }, scale };
}

/**
 * PaddleOCR PP-OCRv4 (Chinese) through @gutenye/ocr-common on onnxruntime-web: the same code
 * in Node and in a browser worker. One engine per thread: the library keeps its backend global.
 */
export async function createOcrEngine(
  models: OcrModels,
  options: OcrOptions = {},
): Promise<OcrEngine> {
  if (options.wasmPaths !== undefined) ort.env.wasm.wasmPaths = options.wasmPaths;
  ort.env.wasm.numThreads = options.threads ?? 1;
  registerBackend({
    // The library's type asks for an instance; its code calls the class's static read.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    FileUtils: DictionaryText,
    ImageRaw: RawImage,
    InferenceSession: ort.InferenceSession,
    splitIntoLineImages,
    defaultModels: undefined,
  });
  // The library's types say paths; its code hands them to InferenceSession.create, which
  // takes bytes as well, and to FileUtils.read, which above returns the text it is given.
  const ocr = await Ocr.create({
    models: {
      detectionPath: models.detection as unknown as string,
      recognitionPath: models.recognition as unknown as string,
      dictionaryPath: models.dictionary,
    },
  });
  return {
    recognize: async (page, pageIndex) => {
      const { image, scale } = fitted(page);
      const lines = await ocr.detect(image as unknown as string);
      return lines.flatMap((line): TextItem[] => {
        const xs = (line.box ?? []).map((point) => (point[0] ?? 0) / scale);
        const ys = (line.box ?? []).map((point) => (point[1] ?? 0) / scale);
        if (xs.length === 0 || line.text.trim() === '') return [];
        const x = Math.min(...xs);
        const y = Math.min(...ys);
        return [
          {
            text: line.text,
            box: { page: pageIndex, x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y },
          },
        ];
      });
    },
  };
}
