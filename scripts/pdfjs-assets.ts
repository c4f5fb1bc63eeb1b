import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * What pdf.js fetches besides its code, copied from pdfjs-dist into the app's own files under
 * `pdfjs/` (the renderer points pdf.js there: renderer/src/features/inbox/pdf-viewer.ts), so
 * Chinese text in non-embedded fonts, JPEG 2000 and JBIG2 scans draw offline:
 * - `cmaps/`: the CMaps of CJK text in standard fonts (STSong-Light with UniGB-UCS2-H);
 * - `standard_fonts/`: the 14 standard fonts PDFs name without embedding them;
 * - `wasm/`: the JPEG 2000 and JBIG2 decoders and the colour-profile module. quickjs is left
 *   out: it runs scripts inside PDFs, which the app never does.
 */
const folders = {
  cmaps: (name: string) => name.endsWith('.bcmap') || name === 'LICENSE',
  standard_fonts: () => true,
  wasm: (name: string) => !name.includes('quickjs'),
} as const;

const packageRoot = join(import.meta.dirname, '../node_modules/pdfjs-dist');

/** Each file as [path in the build, path on disk]. */
export function pdfjsAssetFiles(): readonly (readonly [string, string])[] {
  return Object.entries(folders).flatMap(([folder, isWanted]) =>
    readdirSync(join(packageRoot, folder))
      .filter(isWanted)
      .map((name) => [`pdfjs/${folder}/${name}`, join(packageRoot, folder, name)] as const),
  );
}

/**
 * Vite plugin: files copied from node_modules into the build (each as [path in the build, path
 * on disk]), and served from node_modules by the dev server. pdf.js's files here; the OCR
 * models and engine through scripts/ocr-assets.ts.
 */
export function copiedFiles(name: string, list: readonly (readonly [string, string])[]): Plugin {
  const files = new Map(list);
  return {
    name,
    generateBundle() {
      for (const [fileName, source] of files) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(source) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
        const source = files.get(path.replace(/^\/+/u, ''));
        if (source === undefined) return next();
        response.setHeader('content-type', 'application/octet-stream');
        response.end(readFileSync(source));
      });
    },
  };
}

export const pdfjsAssets = (): Plugin => copiedFiles('pdfjs-assets', pdfjsAssetFiles());
