// Offline after one visit, and a new deployment offered. The built site is copied to a folder and
// served from here, so that the test can take the server away (really offline) and then put a new
// build in its place.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeServiceWorker } from '../../scripts/lib/service-worker.mjs';
import { launchBrowser } from './browser';
import { allResultUrls, field, searchFor } from './search-helpers';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
};

const root = mkdtempSync(join(tmpdir(), 'offline-site-'));
cpSync('dist', root, { recursive: true });

let server: Server | undefined;
let port = 0;

/** A plain static server over `root`, on the same port each time (the worker belongs to the origin). */
async function startServer() {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(readFileSync(join(root, '404.html')));
    }
  });
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}

async function stopServer() {
  const s = server;
  if (!s) return;
  server = undefined;
  s.closeAllConnections();
  await new Promise((resolve) => s.close(resolve));
}

const url = (path: string) => `http://127.0.0.1:${port}${path}`;

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stopServer();
});

async function goOffline() {
  await context.setOffline(true);
  // The server goes too, so nothing can come from the network even outside the emulation.
  await stopServer();
}

async function goOnline() {
  await startServer();
  await context.setOffline(false);
}

const heading = () => page.locator('h1').first().innerText();

test('访问一次后断网：页面、搜索、自评表、Excel 和 Word 下载都能用，答案刷新后还在', async () => {
  await page.goto(url('/'));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  await goOffline();

  // Five pages; only the home page was opened before.
  const pages: [string, string][] = [
    ['/', '党员教育培训工作指南'],
    ['/regulations/', '查规定'],
    ['/about/', '使用说明'],
    ['/guide/', '工作指引'],
    ['/checklists/zhibu-ziping/', '党支部党员教育培训工作自评表'],
  ];
  for (const [path, title] of pages) {
    await page.goto(url(path));
    expect(await heading()).toBe(title);
  }
  // A page that was never kept gets a clear message, not the browser's error page.
  await page.goto(url('/no-such-page/'));
  expect(await heading()).toBe('没有网络');

  await page.goto(url('/checklists/zhibu-ziping/'));
  await page.getByLabel('填报单位').fill('离线支部');
  await page.getByLabel('年度').fill('2026');
  await page.getByRole('button', { name: '开始填写' }).click();
  const card = page.locator('.item-card').filter({ has: page.getByRole('radio', { name: '部分完成', exact: true }) }).first();
  await card.getByRole('radio', { name: '部分完成', exact: true }).check();
  await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
  const id = await card.getAttribute('id');
  await page.reload();
  const chosen = page.locator(`#${id}`).getByRole('radio', { name: '部分完成', exact: true });
  await chosen.waitFor();
  await expect.poll(() => chosen.isChecked(), { timeout: 15_000 }).toBe(true);

  // The Excel writer is a chunk loaded only on click.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  // The report page, and the Word writer, also loaded only on click.
  await page.getByRole('link', { name: '生成报告' }).click();
  await page.getByTestId('report-preview').waitFor();
  const [docx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载 Word 文档' }).click()]);
  expect(docx.suggestedFilename()).toBe('离线支部-2026年度党员教育培训工作自查评估报告.docx');

  await page.keyboard.press('Control+k');
  await field(page).waitFor();
  await searchFor(page, '浏览器');
  expect(await allResultUrls(page)).toContain('/about/');
});

test('部署新版本后提示“网站已更新”，点击后换用新版本；点击前断网仍是完整的旧版本', async () => {
  await goOnline();
  // A new build: one page changed, so the worker gets a new version.
  const aboutFile = join(root, 'about/index.html');
  writeFileSync(aboutFile, readFileSync(aboutFile, 'utf8').replace(/(<h1[^>]*>)使用说明/, '$1使用说明（新版）'));
  const before = readFileSync(join(root, 'sw.js'), 'utf8');
  writeServiceWorker(root);
  expect(readFileSync(join(root, 'sw.js'), 'utf8')).not.toBe(before);

  // Opening a page makes the browser look for a new worker.
  await page.goto(url('/about/'));
  const banner = page.getByRole('button', { name: '网站已更新，点击使用新版本' });
  await banner.waitFor({ timeout: 60_000 });
  await page.setViewportSize({ width: 360, height: 640 });
  await page.screenshot({ path: 'test-results/offline-update-banner.png' });
  await page.setViewportSize({ width: 1280, height: 900 });

  // Until the user agrees, the kept pages stay those of the old version.
  await goOffline();
  await page.reload();
  expect(await heading()).toBe('使用说明');
  await banner.waitFor();

  await goOnline();
  const reloaded = page.waitForEvent('load');
  await banner.click();
  await reloaded;
  expect(await heading()).toBe('使用说明（新版）');
  await goOffline();
  await page.reload();
  expect(await heading()).toBe('使用说明（新版）');
  expect(await page.locator('.sw-update').count()).toBe(0);
});
