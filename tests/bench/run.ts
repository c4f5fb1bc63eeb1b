import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { acrossRuns } from './across-runs.ts';
import { browserFigures } from './browser-figures.ts';
import { domainFigures, readUnit, type Sampled } from './node-figures.ts';
import { benchPassword } from './seeded-unit.ts';
import { buildBenchApp, startBenchStack } from './stack.ts';

// `npm run bench [-- --json <file>] [--runs <n>] [--pull-runs <n>] [--staff <n>] [--claims <n>]`;
// `npm run bench -- --across <run.json> <run.json> …` prints the table of several runs' files.
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    across: { type: 'boolean', default: false },
    json: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'pull-runs': { type: 'string', default: '2' },
    staff: { type: 'string', default: '20000' },
    claims: { type: 'string', default: '100000' },
  },
});
const runs = Number(values.runs);
const password = benchPassword;
const log = (line: string) => process.stdout.write(`${line}\n`);

const targets: Record<string, [number, string]> = {
  seed_s: [120, '< 120'],
  pull_s: [20, '< 20'],
  pull_ratio: [2, '< 2'],
  signin_first_rows_ms: [2000, '< 2,000'],
  first_pull_first_rows_s: [5, '< 5'],
  // The evidence after the first sync, against the default disk budget of 2 GB.
  evidence_mb: [2048, '< 2,048'],
  inbox_first_rows_ms: [100, '< 100'],
  filter_ms: [100, '< 100'],
  next_claim_ms: [50, '< 50'],
  // Issue 19: J stays quick while the evidence worker reads files in the background.
  next_claim_while_checking_ms: [50, '< 50'],
  evaluate_all_s: [2, '< 2'],
  bank_all_ms: [500, '< 500'],
  push_1000_s: [3, '< 3'],
  export_roster_s: [3, '< 3'],
  heap_mb: [400, '< 400'],
};

if (values.across) {
  acrossRuns(positionals, targets, log);
  process.exit(0);
}

log('构建带基准页的应用… (building the app with its benchmark page)');
buildBenchApp();

log(`准备 ${values.staff} 名人员、${values.claims} 条申报的单位… (seeding or reusing the unit)`);
const stack = await startBenchStack({ staff: Number(values.staff), claims: Number(values.claims) });
const { seeded, server, renderer } = stack;
log(
  seeded.seedSeconds === null
    ? '  reused the kept seed'
    : `  seeded in ${seeded.seedSeconds.toFixed(1)} s`,
);

try {
  log('规则、学时银行与花名册导出… (domain figures in Node)');
  const unit = await readUnit(server.baseUrl, seeded.account.account, password);
  const domain = await domainFigures(unit.unit, unit.staff, unit.claims, runs);
  log('浏览器中的同步与界面… (replica and screens in Chromium)');
  const browser = await browserFigures({
    appOrigin: renderer.url,
    serverUrl: server.baseUrl,
    account: seeded.account.account,
    password,
    runs,
    pullRuns: Number(values['pull-runs']),
    log,
  });
  const figures: Record<string, number | Sampled> = {
    ...(seeded.seedSeconds === null ? {} : { seed_s: seeded.seedSeconds }),
    ...domain,
    ...browser,
  };
  const shown = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(3));
  log('\n| figure | median | spread (runs) | target | met |\n|---|---|---|---|---|');
  for (const [name, figure] of Object.entries(figures)) {
    const value = typeof figure === 'number' ? figure : figure.median;
    const spread =
      typeof figure === 'number'
        ? ''
        : `${shown(figure.min)}–${shown(figure.max)} (${figure.runs})`;
    const target = targets[name];
    const met = target === undefined ? '' : value < target[0] ? 'yes' : 'NO';
    log(`| ${name} | ${shown(value)} | ${spread} | ${target?.[1] ?? ''} | ${met} |`);
  }
  if (values.json !== undefined) {
    const machine = {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? '',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
    };
    writeFileSync(
      values.json,
      `${JSON.stringify({ date: new Date().toISOString(), machine, staff: Number(values.staff), claims: Number(values.claims), runs, ...figures }, null, 2)}\n`,
    );
    log(`\nwrote ${values.json}`);
  }
} finally {
  await stack.close();
}
