import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeEvidencePlatform } from '../../cli/evidence-platform.ts';
import { openTestPglite } from '../../provincial-api/conformance/template.ts';
import type { Database } from '../../provincial-api/db/database.ts';
import type { EvidenceTruth } from '../../provincial-api/seed/evidence.ts';
import { seed } from '../../provincial-api/seed/seed.ts';
import { measureUnit, percent, type Measurement } from './evidence-measure.ts';

/**
 * Issue 19's measure: on a freshly seeded unit, the evidence check against the seed's truth.
 * Recall at least 90 % for each mismatch and for reuse; false alarms at most 5 % of clean claims.
 * The unit is small enough to read every file, scans through OCR included.
 */

let db: Database;
let measurement: Measurement;

beforeAll(async () => {
  db = await openTestPglite();
  let truth: readonly EvidenceTruth[] = [];
  const [account] = await seed({
    db,
    units: 1,
    staff: 120,
    claims: 420,
    randomSeed: 19,
    onEvidence: (_unit, unitTruth) => (truth = unitTruth),
  });
  measurement = await measureUnit(db, account?.unitId ?? '', truth, await nodeEvidencePlatform());
  const seconds = [...measurement.readings.ocrSeconds].sort((a, b) => a - b);
  const median = seconds[Math.floor(seconds.length / 2)] ?? 0;
  console.log(
    [
      'Evidence check against the seed’s truth',
      `  name mismatch   recall ${percent(measurement.recall.name)} (${String(measurement.recall.name.found)}/${String(measurement.recall.name.of)})`,
      `  hours mismatch  recall ${percent(measurement.recall.hours)} (${String(measurement.recall.hours.found)}/${String(measurement.recall.hours.of)})`,
      `  date mismatch   recall ${percent(measurement.recall.date)} (${String(measurement.recall.date.found)}/${String(measurement.recall.date.of)})`,
      `  reuse           recall ${percent(measurement.recall.reuse)} (${String(measurement.recall.reuse.found)}/${String(measurement.recall.reuse.of)})`,
      `  false alarms    ${percent(measurement.falseAlarms)} of clean claims (${String(measurement.falseAlarms.found)}/${String(measurement.falseAlarms.of)})`,
      `  files read: ${String(measurement.readings.textLayer)} by text layer, ${String(measurement.readings.ocr)} by OCR (median ${median.toFixed(1)} s a page)`,
      ...measurement.misses.map((miss) => `  ${miss}`),
    ].join('\n'),
  );
}, 1_200_000);
afterAll(() => db.close());

describe('the evidence check on a freshly seeded unit', () => {
  it('reads scans and text PDFs alike', () => {
    expect(measurement.readings.ocr).toBeGreaterThan(0);
    expect(measurement.readings.textLayer).toBeGreaterThan(0);
  });

  for (const kind of ['name', 'hours', 'date', 'reuse'] as const) {
    it(`finds at least 90 % of the ${kind} mismatches the seed made`, () => {
      const score = measurement.recall[kind];
      expect(score.of).toBeGreaterThanOrEqual(5);
      expect({ kind, recall: score.found / score.of >= 0.9 }).toEqual({ kind, recall: true });
    });
  }

  it('raises a finding on at most 5 % of the clean claims', () => {
    const score = measurement.falseAlarms;
    expect({ falseAlarms: score.found / score.of <= 0.05 }).toEqual({ falseAlarms: true });
  });
});
