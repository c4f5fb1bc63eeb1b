import { describe, expect, it } from 'vitest';
import { openTestPglite } from '../conformance/template.ts';
import { runPullCheck } from './pull-check.ts';

describe('runPullCheck', () => {
  it('returns every record exactly once when claimants change records during a 2,000 staff / 10,000 claims pull', async () => {
    const report = await runPullCheck({
      staff: 2000,
      claims: 10_000,
      limit: 500,
      stepsPerPage: 3,
      openEmbedded: openTestPglite,
      ...(process.env['DATABASE_URL'] === undefined
        ? {}
        : { databaseUrl: process.env['DATABASE_URL'] }),
    });
    expect(report.problems).toEqual([]);
    expect(report.records).toBe(12_000);
    expect(report.changesDuringPull).toBeGreaterThan(20);
    expect(report.documents).toBeGreaterThanOrEqual(12_000);
  }, 120_000);
});
