// Launches Debian's Chromium for the browser tests. A missing browser is an error, never a skip.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`找不到浏览器 ${CHROMIUM}：浏览器测试无法运行。请运行 npm test（会自动安装 chromium），或设置 CHROMIUM_PATH。`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const siteUrl = (path: string) => inject('baseUrl') + path;

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the browser's debugging protocol, which the site's CSP does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** The old Chromium builds that scripts/setup.mjs --browser puts in node_modules/.cache/old-chromium/. */
export type OldChromium = 86 | 109;

// 109 needs the new headless mode to render like a desktop browser. 86 also starts with
// --single-process, but then a page's DevTools session often never answers (measured: about half of
// the runs hung), so it runs with its usual renderer processes.
const OLD_FLAGS: Record<OldChromium, string[]> = {
  86: ['--headless', '--no-sandbox', '--no-zygote', '--disable-gpu'],
  109: ['--headless=new', '--no-sandbox', '--no-zygote', '--disable-gpu'],
};

/** Closes the blank page a headless Chromium opens at start: on 86, Playwright's session with it hangs. */
async function closeStartPages(endpoint: string): Promise<void> {
  const socket = new WebSocket(endpoint);
  await new Promise((resolve, reject) => {
    socket.onopen = resolve;
    socket.onerror = reject;
  });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (e) => {
    const msg = JSON.parse(String(e.data)) as { id?: number; result?: unknown };
    if (msg.id !== undefined) waiting.get(msg.id)?.(msg.result);
  };
  const send = (method: string, params = {}) =>
    new Promise<unknown>((resolve) => {
      waiting.set(++next, resolve);
      socket.send(JSON.stringify({ id: next, method, params }));
    });
  const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
  for (const t of targetInfos) if (t.type === 'page') await send('Target.closeTarget', { targetId: t.targetId });
  socket.close();
}

export interface OldBrowser {
  browser: Browser;
  /** Major version the browser reports, read from it (not from the folder name). */
  major: number;
  close: () => Promise<void>;
}

/**
 * Starts an old Chromium and attaches playwright-core to it over the DevTools protocol.
 * Playwright's actionability checks call Element.checkVisibility (Chromium 105+), so on 86 wait with
 * page.waitForFunction and act through the DOM or the keyboard rather than locator.click().
 */
export async function launchOldChromium(version: OldChromium): Promise<OldBrowser> {
  const dir = fileURLToPath(new URL(`../../node_modules/.cache/old-chromium/chromium-${version}/`, import.meta.url));
  const bin = join(dir, 'chromium');
  if (!existsSync(bin)) {
    throw new Error(`找不到 Chromium ${version}（${bin}）：旧版浏览器测试无法运行。请先运行 node scripts/setup.mjs --browser（npm test 会自动运行）。`);
  }
  const profile = mkdtempSync(join(tmpdir(), `chromium-${version}-`));
  const child = spawn(
    bin,
    [
      ...OLD_FLAGS[version],
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--hide-scrollbars',
      '--font-render-hinting=none',
    ],
    { env: { ...process.env, LD_LIBRARY_PATH: join(dir, 'lib') }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const endpoint = await new Promise<string>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium ${version} 启动超时：\n${err.slice(-2000)}`)), 30_000);
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
      const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Chromium ${version} 启动失败（退出码 ${code}）：\n${err.slice(-2000)}`));
    });
  });
  child.stderr!.resume();
  let browser: Browser;
  try {
    await closeStartPages(endpoint);
    browser = await chromium.connectOverCDP(endpoint);
  } catch (e) {
    child.kill(); // do not leave the browser running when attaching fails
    throw e;
  }
  const major = Number(/^(\d+)\./.exec(browser.version())?.[1]);
  return {
    browser,
    major,
    close: async () => {
      await browser.close().catch(() => {});
      if (child.exitCode === null) {
        child.kill();
        await new Promise((r) => child.once('exit', r));
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
