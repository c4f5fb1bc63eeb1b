import { ImageRawBase } from '@gutenye/ocr-common';
import type { RgbaImage } from '#shared/evidence/index.ts';

/** Bilinear resampling of RGBA pixels: plain JavaScript, the same in Node and in a worker. */
export function resizeRgba(image: RgbaImage, width: number, height: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  const { data, width: w, height: h } = image;
  const sx = w / width;
  const sy = h / height;
  for (let y = 0; y < height; y++) {
    const fy = Math.min(h - 1, Math.max(0, (y + 0.5) * sy - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(h - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = Math.min(w - 1, Math.max(0, (x + 0.5) * sx - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(w - 1, x0 + 1);
      const wx = fx - x0;
      for (let c = 0; c < 4; c++) {
        const top =
          (data[(y0 * w + x0) * 4 + c] ?? 0) * (1 - wx) + (data[(y0 * w + x1) * 4 + c] ?? 0) * wx;
        const bottom =
          (data[(y1 * w + x0) * 4 + c] ?? 0) * (1 - wx) + (data[(y1 * w + x1) * 4 + c] ?? 0) * wx;
        out[(y * width + x) * 4 + c] = top * (1 - wy) + bottom * wy;
      }
    }
  }
  return out;
}

/**
 * The image type @gutenye/ocr-common works on, without sharp: `open` takes decoded pixels, and
 * `resize` fits the image inside the size asked, centred on black as sharp's `contain` does
 * (a missing side keeps the aspect ratio).
 */
export class RawImage extends ImageRawBase {
  static open(image: RgbaImage): Promise<RawImage> {
    return Promise.resolve(new RawImage(image));
  }

  resize(size: { width?: number; height?: number }): Promise<this> {
    const width =
      size.width ??
      Math.max(1, Math.round((this.width * (size.height ?? this.height)) / this.height));
    const height = size.height ?? Math.max(1, Math.round((this.height * width) / this.width));
    const scale = Math.min(width / this.width, height / this.height);
    const innerWidth = Math.max(1, Math.round(this.width * scale));
    const innerHeight = Math.max(1, Math.round(this.height * scale));
    const inner = resizeRgba(this, innerWidth, innerHeight);
    const out = new Uint8ClampedArray(width * height * 4);
    for (let p = 3; p < out.length; p += 4) out[p] = 255;
    const left = Math.floor((width - innerWidth) / 2);
    const top = Math.floor((height - innerHeight) / 2);
    for (let y = 0; y < innerHeight; y++) {
      out.set(
        inner.subarray(y * innerWidth * 4, (y + 1) * innerWidth * 4),
        ((y + top) * width + left) * 4,
      );
    }
    this.data = out;
    this.width = width;
    this.height = height;
    return Promise.resolve(this);
  }

  /** Debug output of the library: not used here. */
  write(): Promise<void> {
    return Promise.resolve();
  }

  drawBox(): Promise<this> {
    return Promise.resolve(this);
  }
}
