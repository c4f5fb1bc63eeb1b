import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutEval } from './opencv-no-eval.ts';

const run = promisify(execFile);

/**
 * The calls the OCR's line cutter (@gutenye/ocr-common's splitIntoLineImages) makes, on a white
 * box in a black image. `matSize` is the one that reaches embind's method caller.
 */
const driver = `
const say = (value) => console.log(JSON.stringify(value));
const cut = () => {
  const image = new cv.Mat(40, 60, cv.CV_8UC1, new cv.Scalar(0));
  cv.rectangle(image, new cv.Point(10, 10), new cv.Point(40, 25), new cv.Scalar(255), -1);
  const contours = new cv.MatVector();
  const hierarchy = new cv.Mat();
  cv.findContours(image, contours, hierarchy, cv.RETR_LIST, cv.CHAIN_APPROX_SIMPLE);
  const box = cv.minAreaRect(contours.get(0));
  const points = cv.matFromArray(2, 1, cv.CV_32SC2, [1, 2, 3, 4]);
  say({ size: image.matSize, contours: contours.size(), box, points: Array.from(points.data32S) });
};
const cutOrSay = () => {
  try { cut(); } catch (error) { say({ error: String(error) }); }
};
let cv;
try { cv = require(process.argv[2]); } catch (error) { say({ error: String(error) }); }
if (cv?.Mat) cutOrSay(); else if (cv) cv.onRuntimeInitialized = cutOrSay;
`;

let dir: string;
let glue: string;
const path = (name: string) => join(dir, name);

/** Runs the driver on one build of opencv-js in a Node that refuses code from strings, as the CSP does. */
const cutWithout = (library: string) =>
  run(process.execPath, ['--disallow-code-generation-from-strings', path('driver.cjs'), library], {
    maxBuffer: 64 * 1024 * 1024,
  });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'opencv-no-eval-'));
  glue = await readFile(
    join(import.meta.dirname, '../node_modules/@techstark/opencv-js/dist/opencv.js'),
    'utf8',
  );
  await writeFile(path('driver.cjs'), driver);
  await writeFile(path('published.cjs'), glue);
  await writeFile(path('rewritten.cjs'), withoutEval(glue));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('withoutEval', () => {
  it('lets opencv-js cut lines where code from strings is refused', async () => {
    const { stdout } = await cutWithout(path('rewritten.cjs'));
    expect(JSON.parse(stdout)).toEqual({
      size: [40, 60],
      contours: 1,
      box: { center: { x: 25, y: 17.5 }, size: { width: 15, height: 30 }, angle: 90 },
      points: [1, 2, 3, 4],
    });
  }, 60_000);

  it('is needed: opencv-js as published fails there', async () => {
    const { stdout } = await cutWithout(path('published.cjs'));
    expect(JSON.parse(stdout)).toEqual({
      error: 'EvalError: Code generation from strings disallowed for this context',
    });
  }, 60_000);

  it('fails the build when a piece of the glue is not found exactly once', () => {
    expect(() => withoutEval(glue.replace('"methodCaller_"', '"caller_"'))).toThrow(
      /^opencv-js glue changed: .* found 0 times$/u,
    );
    expect(() => withoutEval(`${glue}\n${glue}`)).toThrow(/found 2 times$/u);
  });
});
