import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { isBuildStale } from './build-freshness.ts';
import { electronBinary } from './electron-binary.ts';
import { serveRenderer } from './serve-renderer.ts';

// `npm start`: the reference provincial server on the embedded demo unit (it seeds the demo and
// prints its accounts on first start), and the app beside it: the desktop shell where Electron is
// installed, otherwise the same renderer in browser mode.
const dataDir = process.env['CE_DEMO_DATA'] ?? '.data/demo';
const serverPort = Number(process.env['CE_SERVER_PORT'] ?? 8787);
const appPort = Number(process.env['CE_APP_PORT'] ?? 5173);
const serverUrl = `http://127.0.0.1:${serverPort}/api/v1`;

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const builtApp = ['dist/renderer/index.html', 'dist-electron/main.cjs'];
const appSources = ['renderer', 'shared', 'electron', 'scripts', 'vite.config.ts', 'package.json'];

function ensureBuilt(): void {
  if (!isBuildStale(builtApp, appSources)) return;
  console.log('正在构建应用（首次启动或代码有更新）… (building the app)');
  run('npm', ['run', '--silent', 'build']);
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
const server = startServer();
const stopAll = (code: number): never => {
  server.kill('SIGTERM');
  process.exit(code);
};
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

/** The server seeds the demo on its first start; wait until it answers before pointing at it. */
async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      await fetch(`${serverUrl}/units/demo`);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  console.error('参考服务器未能启动，请查看上方输出。');
  stopAll(1);
}

await waitForServer();
const binary = findElectron();
if (binary !== null) {
  const desktop = spawn(binary, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, CE_SERVER_URL: serverUrl },
  });
  desktop.on('exit', (code) => stopAll(code ?? 0));
} else {
  const renderer = await serveRenderer({ port: appPort, serverUrl }).catch((error: unknown) => {
    console.error(
      `无法在端口 ${appPort} 提供应用页面：${String(error)}（可用 CE_APP_PORT 换一个端口）`,
    );
    return stopAll(1);
  });
  const appUrl =
    serverPort === 8787 ? renderer.url : `${renderer.url}?server=${encodeURIComponent(serverUrl)}`;
  console.log('');
  console.log('桌面外壳不可用：本机没有 Electron 程序（无法下载），已改用浏览器模式。');
  console.log(
    'The desktop shell is unavailable here (no Electron binary); serving the app in browser mode.',
  );
  console.log(`  应用 (app):            ${appUrl}`);
  console.log(`  省平台参考服务 (API):  ${serverUrl}`);
  console.log('  演示账号见上方“管理员 … 账号 … 初始密码 …”一行；首次登录后须修改密码。');
  console.log('按 Ctrl+C 退出。');
}
