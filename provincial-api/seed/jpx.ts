import { createRequire } from 'node:module';

/**
 * JPEG 2000 encoding of a grey scan, through OpenJPEG built for WebAssembly
 * (@cornerstonejs/codec-openjpeg), for the seed's /JPXDecode certificate.
 */

interface FrameInfo {
  width: number;
  height: number;
  bitsPerSample: number;
  componentCount: number;
  isSigned: boolean;
}
interface J2KEncoder {
  getDecodedBuffer(frame: FrameInfo): Uint8Array;
  setQuality(lossless: boolean, quality: number): void;
  encode(): void;
  getEncodedBuffer(): Uint8Array;
  delete(): void;
}
type OpenJpeg = { J2KEncoder: new () => J2KEncoder };

let loaded: Promise<OpenJpeg> | undefined;

function openJpeg(): Promise<OpenJpeg> {
  // The package ships a CommonJS Emscripten factory without types.
  const factory = createRequire(import.meta.url)(
    '@cornerstonejs/codec-openjpeg/wasmjs',
  ) as () => Promise<OpenJpeg>;
  loaded ??= factory();
  return loaded;
}

/** A J2K codestream of 8-bit grey pixels, lossy (a scanner's setting). */
export async function jpxGrey(pixels: Uint8Array, width: number, height: number): Promise<Buffer> {
  const encoder = new (await openJpeg()).J2KEncoder();
  try {
    encoder
      .getDecodedBuffer({ width, height, bitsPerSample: 8, componentCount: 1, isSigned: false })
      .set(pixels);
    encoder.setQuality(false, 0.02);
    encoder.encode();
    return Buffer.from(encoder.getEncodedBuffer());
  } finally {
    encoder.delete();
  }
}
