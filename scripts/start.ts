import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { electronBinary } from './electron-binary.ts';
import { serveRenderer } from './serve-renderer.ts';

// `npm start`: the reference provincial server on the embedded demo unit, and the app beside it:
// the desktop shell where Electron is installed, otherwise the same renderer in browser mode.
const dataDir = process.env['CE_DEMO_DATA'] ?? '.data/demo';
const serverPort = Number(process.env['CE_SERVER_PORT'] ?? 8787);
const appPort = Number(process.env['CE_APP_PORT'] ?? 5173);
const serverUrl = `http://127.0.0.1:${serverPort}/api/v1`;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function ensureBuilt(): void {
  if (existsSync('dist/renderer/index.html') && existsSync('dist-electron/main.cjs')) return;
  console.log('首次启动：正在构建应用… (building the app)');
  run('npm', ['run', '--silent', 'build']);
}

function ensureDemoSeeded(): void {
  if (existsSync(dataDir)) return;
  console.log('首次启动：正在生成演示单位数据… (seeding the demo unit)');
  run(process.execPath, ['provincial-api/cli.ts', 'seed', '--data', dataDir, '--demo']);
}

function findElectron(): string | null {
  const found = electronBinary();
  if (found !== null) return found;
  // Electron fetches its binary on first use; where downloads are impossible this fails at once.
  spawnSync(process.execPath, ['node_modules/electron/install.js'], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return electronBinary();
}

function startServer(): ChildProcess {
  return spawn(
    process.execPath,
    ['provincial-api/cli.ts', 'serve', '--data', dataDir, '--port', String(serverPort)],
    { stdio: 'inherit' },
  );
}

ensureBuilt();
ensureDemoSeeded();
const server = startServer();
const stopAll = (code: number) => {
  server.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const binary = findElectron();
if (binary !== null) {
  const desktop = spawn(binary, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, CE_SERVER_URL: serverUrl },
  });
  desktop.on('exit', (code) => stopAll(code ?? 0));
} else {
  const renderer = await serveRenderer({ port: appPort, serverUrl });
  console.log('');
  console.log('桌面外壳不可用：本机没有 Electron 程序（无法下载），已改用浏览器模式。');
  console.log(
    'The desktop shell is unavailable here (no Electron binary); serving the app in browser mode.',
  );
  console.log(`  应用 (app):            ${renderer.url}`);
  console.log(`  省平台参考服务 (API):  ${serverUrl}`);
  console.log('  演示账号见上方生成数据时的输出 (demo accounts are printed above when seeded).');
  console.log('按 Ctrl+C 退出。');
}
