import { parseArgs } from 'node:util';
import { openMigrated, defaultDataDir } from './db/open.ts';
import { seed, demoDefaults, type SeededAccount } from './seed/seed.ts';
import { defaultPort, startServer } from './server/start.ts';
import { startSimulator } from './simulator/simulator.ts';

const usage = `用法:
  npm run provincial-api -- serve   [--data <目录>] [--port <端口>] [--faults] [--simulate <每秒次数>] [--no-seed]
  npm run provincial-api -- seed    [--data <目录>] [--units <n>] [--staff <每单位人数>] [--claims <每单位申报数>] [--seed <随机种子>] [--json]
  npm run provincial-api -- simulate --unit <单位编号> [--rate <每秒次数>]   (需设置 DATABASE_URL)
设置 DATABASE_URL 时使用 PostgreSQL，否则使用 --data 目录中的嵌入式数据库（默认 ${defaultDataDir}）。`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    data: { type: 'string' },
    port: { type: 'string' },
    faults: { type: 'boolean' },
    simulate: { type: 'string' },
    'no-seed': { type: 'boolean' },
    units: { type: 'string' },
    staff: { type: 'string' },
    claims: { type: 'string' },
    seed: { type: 'string' },
    json: { type: 'boolean' },
    unit: { type: 'string' },
    rate: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

function count(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) {
    process.stderr.write(`参数 --${name} 须为非负整数，收到 “${value}”。\n`);
    process.exit(2);
  }
  return n;
}

function printAccounts(accounts: readonly SeededAccount[]): void {
  for (const a of accounts) {
    process.stdout.write(
      `  ${a.unitName}（${a.unitId}，${a.rulebook}）管理员 ${a.adminName}  账号 ${a.account}  初始密码 ${a.password}\n`,
    );
  }
}

async function serve(): Promise<void> {
  const dataDir = values.data ?? defaultDataDir;
  const db = await openMigrated({ dataDir });
  const units = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM units'))[0]?.n ?? 0;
  if (units === 0 && values['no-seed'] !== true) {
    process.stdout.write(
      `数据库为空，正在生成演示数据（${demoDefaults.staff} 名人员，${demoDefaults.claims} 条申报）…\n`,
    );
    printAccounts(await seed({ db }));
  } else {
    const rows = await db.query<{
      unitId: string;
      account: string;
      adminName: string;
      mustChange: boolean;
    }>(
      `SELECT unit_id AS "unitId", account, admin_name AS "adminName", must_change AS "mustChange" FROM accounts ORDER BY unit_id LIMIT 20`,
    );
    process.stdout.write('管理员账号:\n');
    for (const row of rows) {
      const password = row.mustChange ? `初始密码 ${row.account.slice(-6)}` : '密码已修改';
      process.stdout.write(`  ${row.unitId}  ${row.adminName}  账号 ${row.account}  ${password}\n`);
    }
  }
  const server = await startServer({
    db,
    port: count(values.port, defaultPort, 'port'),
    faults: values.faults === true,
    log: (line) => process.stdout.write(`${line}\n`),
  });
  const rate = values.simulate === undefined ? 0 : count(values.simulate, 5, 'simulate');
  const simulators =
    rate === 0
      ? []
      : await Promise.all(
          (await db.query<{ id: string }>('SELECT id FROM units ORDER BY id')).map((u) =>
            startSimulator(db, { unitId: u.id, ratePerSecond: rate }),
          ),
        );
  process.stdout.write(
    `省平台参考服务已启动：${server.baseUrl}${values.faults === true ? '（故障注入已开启：/__faults）' : ''}\n`,
  );
  const shutdown = async () => {
    await Promise.all(simulators.map((s) => s.stop()));
    await server.close();
    await db.close();
    process.stdout.write('已停止。\n');
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown());
  process.once('SIGINT', () => void shutdown());
}

async function seedCommand(): Promise<void> {
  const isJson = values.json === true;
  if (!isJson) process.stdout.write('正在生成演示数据…\n');
  const started = Date.now();
  const accounts = await seed({
    dataDir: values.data ?? defaultDataDir,
    units: count(values.units, demoDefaults.units, 'units'),
    staff: count(values.staff, demoDefaults.staff, 'staff'),
    claims: count(values.claims, demoDefaults.claims, 'claims'),
    ...(values.seed === undefined ? {} : { randomSeed: count(values.seed, 0, 'seed') }),
  });
  if (isJson) {
    const units = accounts.map(({ unitId, account, password, rulebook }) => ({
      unitId,
      account,
      password,
      rulebook,
    }));
    process.stdout.write(`${JSON.stringify({ units })}\n`);
    return;
  }
  process.stdout.write(
    `完成，用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。演示账号（首次登录须修改密码）:\n`,
  );
  printAccounts(accounts);
}

async function simulateCommand(): Promise<void> {
  if (process.env['DATABASE_URL'] === undefined) {
    process.stderr.write(
      '嵌入式数据库只能由一个进程打开：请改用 serve --simulate <每秒次数>，或设置 DATABASE_URL 使用 PostgreSQL。\n',
    );
    process.exit(2);
  }
  const unitId = values.unit;
  if (unitId === undefined) {
    process.stderr.write('请用 --unit 指定单位编号。\n');
    process.exit(2);
  }
  const db = await openMigrated({});
  const simulator = await startSimulator(db, {
    unitId,
    ratePerSecond: count(values.rate, 5, 'rate'),
  });
  process.stdout.write(`申报人模拟器运行中（单位 ${unitId}），按 Ctrl+C 停止。\n`);
  const stop = async () => {
    await simulator.stop();
    await db.close();
    process.stdout.write(`${JSON.stringify(simulator.stats)}\n`);
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

const command = positionals[0] ?? 'serve';
if (values.help === true) {
  process.stdout.write(`${usage}\n`);
} else if (command === 'serve') {
  await serve();
} else if (command === 'seed') {
  await seedCommand();
} else if (command === 'simulate') {
  await simulateCommand();
} else {
  process.stderr.write(`未知命令 “${command}”。\n${usage}\n`);
  process.exit(2);
}
