/**
 * The benchmark's exactly-once check: `node provincial-api/scripts/pull-check.ts [--staff 20000]
 * [--claims 100000] [--limit 1000] [--rate 20]`. Prints one JSON report on stdout; exits 1 when a
 * record is missing, stale or delivered twice, or when seeding took 2 minutes or more.
 */
import { parseArgs } from 'node:util';
import { runPullCheck } from '../check/pull-check.ts';

const { values } = parseArgs({
  options: {
    staff: { type: 'string', default: '20000' },
    claims: { type: 'string', default: '100000' },
    limit: { type: 'string', default: '1000' },
    rate: { type: 'string', default: '20' },
  },
});
const databaseUrl = process.env['DATABASE_URL'];
const report = await runPullCheck({
  staff: Number(values.staff),
  claims: Number(values.claims),
  limit: Number(values.limit),
  ratePerSecond: Number(values.rate),
  ...(databaseUrl === undefined ? {} : { databaseUrl }),
  log: (line) => process.stderr.write(`${line}\n`),
});
const isSeedFast = report.seedSeconds < 120;
process.stdout.write(`${JSON.stringify({ ...report, isSeedFast }, null, 2)}\n`);
process.exit(report.problems.length === 0 && isSeedFast ? 0 : 1);
