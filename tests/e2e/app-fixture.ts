import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import {
  openMigrated,
  seed,
  startServer,
  type RunningServer,
  type SeededAccount,
} from '../../provincial-api/index.ts';
import type { Database } from '../../provincial-api/db/database.ts';
import type { EvidenceTruth } from '../../provincial-api/seed/evidence.ts';
import { serveRenderer, type RendererServer } from '../../scripts/serve-renderer.ts';
import { serverView } from '../integration/server-view.ts';
import { launchChromium, newPage } from './browser.ts';

export const newPassword = 'Review2026ok';

export interface AppFixture {
  readonly page: Page;
  readonly browser: Browser;
  readonly server: RunningServer;
  readonly db: Database;
  readonly account: SeededAccount;
  /** What the seed put in each claim's evidence (which file is a JPEG 2000 scan …). */
  readonly evidence: readonly EvidenceTruth[];
  /** The app's URL, pointed at this fixture's server. */
  readonly appUrl: string;
  /** Signs in on the login screen (the password was changed on the first sign-in). */
  signIn(page: Page): Promise<void>;
  /** What the server holds, read through the contract by a fresh client. */
  held(): ReturnType<typeof serverView>;
  /** The shell's 待同步 tag. */
  pendingTag(): Locator;
  /** The id of the claim on the screen. */
  shownClaim(): Promise<string | null>;
  /**
   * Waits on the 同步 page until the background download has brought every pending claim's
   * evidence: for tests that look at evidence with the network cut. The fixture itself never waits
   * for it, as the real app does not.
   */
  evidenceDownloaded(): Promise<void>;
  /** Lifts `isEvidenceBlocked`. */
  evidenceReachable(): Promise<void>;
  close(): Promise<void>;
}

export interface AppFixtureOptions {
  readonly staff?: number;
  readonly claims?: number;
  /**
   * The platform's evidence files out of reach from the start (the request fails as if the
   * network broke), until `evidenceReachable()`: a unit whose files are not on this machine.
   */
  readonly isEvidenceBlocked?: boolean;
  /** Changes the seeded platform before the first sign-in. */
  readonly prepare?: (db: Database) => Promise<void>;
  /**
   * Small units seeded first, so the unit signed in takes a later template of the seed's
   * catalog: 1 gives the second, a Jining unit on `jining-2020`.
   */
  readonly unitsBefore?: number;
  /**
   * "Now" for the platform and the page (ISO time): both clocks start there and run on, so a
   * test can stand on a chosen day of the holiday calendar. The real clock when absent.
   */
  readonly now?: string;
}

/** A clock that starts at `start` (ISO) and runs on; the real one without it. */
function clockFrom(start: string | undefined): () => number {
  if (start === undefined) return Date.now;
  const offset = Date.parse(start) - Date.now();
  return () => Date.now() + offset;
}

/**
 * The whole product in loopback: the reference server in-process on a fresh seeded unit (with
 * fault injection), the built renderer served as in browser mode, Chromium at 1366×768 on the
 * login screen, never signed in yet.
 */
export async function openApp(options: AppFixtureOptions = {}): Promise<AppFixture> {
  if (!existsSync('dist/renderer/index.html')) throw new Error('run "npm run build" first');
  const db = await openMigrated({ dataDir: 'memory://' });
  const now = clockFrom(options.now);
  const server = await startServer({
    db,
    port: 0,
    faults: true,
    log: () => {},
    rateLimit: false,
    now,
  });
  let evidence: readonly EvidenceTruth[] = [];
  if (options.unitsBefore !== undefined) {
    await seed({ db, units: options.unitsBefore, staff: 10, claims: 10, now });
  }
  const [seeded] = await seed({
    db,
    now,
    units: 1,
    staff: options.staff ?? 60,
    claims: options.claims ?? 300,
    randomSeed: 11,
    onEvidence: (_unitId, truth) => {
      evidence = truth;
    },
  });
  if (seeded === undefined) throw new Error('seed made no unit');
  await options.prepare?.(db);
  const account = seeded;
  const renderer: RendererServer = await serveRenderer({ port: 0, serverUrl: server.baseUrl });
  const appUrl = `${renderer.url}?server=${encodeURIComponent(server.baseUrl)}`;
  const browser = await launchChromium();
  const page = await newPage(browser);
  if (options.now !== undefined) {
    // The page's Date runs from the same start as the platform's clock (Playwright's own clock
    // would stop the timers the app's sync and pull wait on).
    await page.addInitScript((offset: number) => {
      const RealDate = Date;
      class ShiftedDate extends RealDate {
        constructor(...args: unknown[]) {
          if (args.length === 0) super(RealDate.now() + offset);
          else super(...(args as [string]));
        }
        static override now(): number {
          return RealDate.now() + offset;
        }
      }
      globalThis.Date = ShiftedDate as DateConstructor;
    }, now() - Date.now());
  }
  const evidenceFiles = `${server.baseUrl}/attachments/**`;
  if (options.isEvidenceBlocked === true) {
    await page.context().route(evidenceFiles, (route) => route.abort('internetdisconnected'));
  }
  await page.goto(appUrl);

  return {
    page,
    browser,
    server,
    db,
    account,
    evidence,
    appUrl,
    async signIn(target: Page) {
      await target.getByLabel('账号').fill(account.account);
      await target.getByLabel('密码', { exact: true }).fill(newPassword);
      await target.getByRole('button', { name: '登录' }).click();
      await target.getByRole('status', { name: '待同步' }).waitFor({ timeout: 60_000 });
    },
    held: () => serverView(server.baseUrl, account.account, newPassword, account.unitId),
    pendingTag: () => page.getByRole('status', { name: '待同步' }),
    shownClaim: () => page.locator('[data-claim-id]').getAttribute('data-claim-id'),
    evidenceReachable: () => page.context().unroute(evidenceFiles),
    async evidenceDownloaded() {
      await page.goto(`${appUrl}#/sync`);
      await page
        .getByRole('status', { name: '证明材料下载' })
        .getByText('待审申报的证明材料已下载到本机')
        .waitFor({ timeout: 150_000 });
    },
    async close() {
      await browser.close();
      await renderer.close();
      await server.close();
      await db.close();
    },
  };
}

/** The seeded account's first sign-in on the login screen, through the forced password change. */
export async function firstSignIn({ page, account }: AppFixture): Promise<void> {
  await page.getByLabel('账号').fill(account.account);
  await page.getByLabel('密码', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '修改密码' }).click();
}

/**
 * `openApp`, then signed in through the forced password change and synced once, so the shell
 * shows the unit's records. The evidence files are still coming in the background then (see
 * `evidenceDownloaded`).
 */
export async function openSignedInApp(options: AppFixtureOptions = {}): Promise<AppFixture> {
  const app = await openApp(options);
  const { page, appUrl } = app;
  await firstSignIn(app);
  await page.getByRole('status', { name: '待同步' }).waitFor({ timeout: 60_000 });
  await page.goto(`${appUrl}#/sync`);
  await page.getByRole('button', { name: '立即同步' }).click();
  await page.getByText('上次成功同步').waitFor();
  await page.getByText('同步完成').waitFor({ timeout: 120_000 });
  return app;
}

/**
 * Registers, in the calling `describe`, an app opened before its tests and closed after them.
 * What it returns stands for the app opened: read it in tests and in later hooks, not while the
 * describe is being collected (the app is not open then).
 */
export function appForTests(open: () => Promise<AppFixture>, timeoutMs = 180_000): AppFixture {
  let current: AppFixture | undefined;
  beforeAll(async () => {
    current = await open();
  }, timeoutMs);
  afterAll(async () => {
    await current?.close();
  });
  return new Proxy({} as AppFixture, {
    get(_, key) {
      if (current === undefined) throw new Error('the app opens in beforeAll: read it in a test');
      return Reflect.get(current, key) as unknown;
    },
  });
}
