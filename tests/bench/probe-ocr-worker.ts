import { readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { drawCertificate, layoutNames } from '../../provincial-api/seed/certificate-layouts.ts';
import { createRandom } from '../../provincial-api/seed/random.ts';
import { scanFile } from '../../provincial-api/seed/scan.ts';
import { serveRenderer } from '../../scripts/serve-renderer.ts';
import { launchChromium, newPage } from '../e2e/browser.ts';
import {
  certificateClaim as claim,
  certificateFacts,
  certificateStaff as staff,
} from '../integration/evidence-fixtures.ts';

// Development aid: OCR seconds a page in the app's own evidence worker, in the built renderer
// under the app's CSP (run `npm run build` first). `node tests/bench/probe-ocr-worker.ts [pages]`
// (default 8): the seed's four layouts as PNG and JPEG scans, one at a time as the app sends
// them; the first page also loads the engine and is reported apart. Errors the worker logs
// (a CSP refusal among them) are printed.
const pages = Number(process.argv[2] ?? 8);
const scans = Array.from({ length: pages }, (_, n) => {
  const format = n % 2 === 0 ? 'png' : 'jpeg';
  const layout = layoutNames[Math.floor(n / 2) % layoutNames.length] ?? 'card';
  return {
    format,
    bytes: scanFile(drawCertificate(layout, certificateFacts), createRandom(n), format),
  };
});

const workerFile = readdirSync('dist/renderer/assets').find((f) =>
  f.startsWith('evidence-worker-'),
);
if (workerFile === undefined) throw new Error('run "npm run build" first');
const renderer = await serveRenderer({ port: 0, serverUrl: 'http://127.0.0.1:9' });
const browser = await launchChromium();
try {
  const page = await newPage(browser);
  page.on('worker', (worker) => {
    worker.on('console', (message) => {
      if (message.type() === 'error') console.log(`worker error: ${message.text().slice(0, 300)}`);
    });
  });
  // The scans come from the app's own origin, which the CSP allows.
  await page.route('**/probe-scan/*', (route) => {
    const scan = scans[Number(new URL(route.request().url()).pathname.split('/').pop())];
    return route.fulfill({ body: scan?.bytes ?? Buffer.alloc(0), contentType: 'image/png' });
  });
  await page.goto(renderer.url);
  const load = loadavg()[0] ?? 0;
  const read = await page.evaluate(
    async ({ url, formats, claim, staff }) => {
      interface Answer {
        readonly result?: { readonly fields: { readonly name: { readonly value: string } | null } };
      }
      const worker = new Worker(url, { type: 'module', name: 'evidence-check' });
      const seconds: { s: number; name: string | null }[] = [];
      for (const [n, format] of formats.entries()) {
        const bytes = new Uint8Array(await (await fetch(`probe-scan/${String(n)}`)).arrayBuffer());
        const started = performance.now();
        const answer = await new Promise<Answer>((resolve) => {
          worker.addEventListener('message', (event: MessageEvent<Answer>) => resolve(event.data), {
            once: true,
          });
          const mimeType = format === 'png' ? 'image/png' : 'image/jpeg';
          worker.postMessage({ id: n, base: document.baseURI, bytes, mimeType, claim, staff }, [
            bytes.buffer,
          ]);
        });
        seconds.push({
          s: (performance.now() - started) / 1000,
          name: answer.result?.fields.name?.value ?? null,
        });
      }
      worker.terminate();
      return seconds;
    },
    {
      url: `${renderer.url}assets/${workerFile}`,
      formats: scans.map((s) => s.format),
      claim,
      staff,
    },
  );
  const rest = read
    .slice(1)
    .map((r) => r.s)
    .sort((a, b) => a - b);
  const median = rest[Math.floor(rest.length / 2)] ?? Number.NaN;
  console.log(
    `pages: ${read.map((r) => `${r.s.toFixed(1)} s (${r.name ?? 'no name'})`).join(', ')}`,
  );
  console.log(`first page (engine loading): ${(read[0]?.s ?? Number.NaN).toFixed(1)} s`);
  console.log(`median of the other ${String(rest.length)}: ${median.toFixed(1)} s a page`);
  console.log(
    `load average at the start: ${load.toFixed(1)}, at the end: ${(loadavg()[0] ?? 0).toFixed(1)}`,
  );
} finally {
  await browser.close();
  await renderer.close();
}
