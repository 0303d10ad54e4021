// The site on the oldest browsers it supports: Chromium 86 (360安全浏览器 13, early 信创 browsers)
// and Chromium 109 (the last Chrome on Windows 7), from scripts/setup.mjs --browser.
// Playwright attaches over the DevTools protocol; its click/fill checks need Chromium 105+, so the
// tests act through the DOM and the keyboard and wait with waitForFunction.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchOldChromium, siteUrl, type OldBrowser, type OldChromium } from './browser';

const UNIT = '旧版浏览器测试支部';

// NFKC: with some fonts pdftotext gives 支 as the Kangxi radical ⽀.
function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return execFileSync('pdftotext', ['-raw', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, '');
}

/** Focuses the form control labelled `label` and types into it, as a user would. */
async function typeInto(page: Page, label: string, text: string) {
  await page.evaluate((l) => {
    const found = [...document.querySelectorAll('label')].find((el) => el.textContent?.trim().startsWith(l));
    const control = (found?.control ?? null) as HTMLInputElement | null;
    if (!control) throw new Error(`找不到“${l}”输入框`);
    control.focus();
    control.select();
  }, label);
  await page.keyboard.type(text);
}

async function clickButton(page: Page, name: string) {
  await page.evaluate((n) => {
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === n);
    if (!button) throw new Error(`找不到“${n}”按钮`);
    button.click();
  }, name);
}

const waitForText = (page: Page, text: string) =>
  page.waitForFunction((t) => document.body.innerText.includes(t), text, { timeout: 15_000 });

describe.each([86, 109] as OldChromium[])('Chromium %i', (version) => {
  let old: OldBrowser;
  let page: Page;
  const errors: string[] = [];
  beforeAll(async () => {
    old = await launchOldChromium(version);
    page = await old.browser.contexts()[0]!.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.on('pageerror', (e) => errors.push(e.stack ?? e.message));
  });
  afterAll(async () => {
    await old?.close();
  });

  test('浏览器版本与启动的一致', () => {
    expect(old.major).toBe(version);
  });

  test('1280 像素宽：页头 64 像素高，侧栏与正文并排，侧栏无列表圆点，右侧有本页目录', async () => {
    await page.goto(siteUrl('/regulations/tiaoli/'));
    const layout = await page.evaluate(() => {
      const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().toJSON() as DOMRect | undefined;
      const items = [...document.querySelectorAll('#starlight__sidebar li')];
      return {
        header: box('header.header'),
        sidebar: box('#starlight__sidebar'),
        content: box('.sl-markdown-content'),
        toc: box('.right-sidebar'),
        bullets: items.filter((li) => getComputedStyle(li).listStyleType !== 'none').length,
        items: items.length,
        oldCopies: document.querySelectorAll('link[href$=".old.css"]').length,
      };
    });
    expect(layout.header?.height).toBe(64);
    expect(layout.sidebar!.left).toBe(0);
    expect(layout.sidebar!.width).toBeGreaterThan(200);
    expect(layout.sidebar!.width).toBeLessThan(400);
    expect(layout.content!.left).toBeGreaterThanOrEqual(layout.sidebar!.right);
    expect(layout.content!.top).toBeLessThan(400);
    expect(layout.toc!.left).toBeGreaterThanOrEqual(layout.content!.right);
    expect(layout.items).toBeGreaterThan(20);
    expect(layout.bullets).toBe(0);
    // The layer-free copies of the stylesheets load only where @layer is missing.
    if (version === 86) expect(layout.oldCopies).toBeGreaterThan(0);
    else expect(layout.oldCopies).toBe(0);
  });

  test('自评表：填写、计分栏随页面滚动停在页头下方，刷新后答案仍在', async () => {
    await page.goto(siteUrl('/checklists/zhibu-ziping/'));
    await page.waitForFunction(() => [...document.querySelectorAll('button')].some((b) => b.textContent?.trim() === '开始填写'));
    await typeInto(page, '填报单位', UNIT);
    await clickButton(page, '开始填写');
    await page.waitForFunction(() => document.querySelector('#item-zb-shuji-zeren input[type=radio]'));
    await page.evaluate(() => {
      const labels = [...document.querySelectorAll('#item-zb-shuji-zeren label')];
      const done = labels.find((l) => l.textContent?.trim() === '完成');
      (done?.querySelector('input') ?? (done as HTMLLabelElement | undefined)?.control)?.click();
    });
    await waitForText(page, '已保存到本机浏览器');
    await page.waitForFunction(() => document.querySelector('[data-testid=answered]')?.textContent === '1');

    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.waitForFunction(() => window.scrollY > 1000);
    const bar = await page.evaluate(() => document.querySelector('.score-bar')?.getBoundingClientRect().toJSON() as DOMRect);
    const content = await page.evaluate(() => document.querySelector('.sl-markdown-content')!.getBoundingClientRect().toJSON() as DOMRect);
    expect(Math.round(bar.top)).toBe(64);
    expect(bar.left).toBeGreaterThanOrEqual(content.left - 1);
    expect(bar.right).toBeLessThanOrEqual(content.right + 1);

    await page.reload();
    await page.waitForFunction(() => document.querySelector('[data-testid=answered]')?.textContent === '1', undefined, { timeout: 15_000 });
    const kept = await page.evaluate(() => {
      const checked = document.querySelector<HTMLInputElement>('#item-zb-shuji-zeren input[type=radio]:checked');
      return { label: checked?.closest('label')?.textContent?.trim(), units: document.body.innerText.includes('旧版浏览器测试支部') };
    });
    expect(kept).toEqual({ label: '完成', units: true });
  });

  test('打印为 PDF：只有自评结果，没有侧栏和页头', async () => {
    // The printed result loads just after the page shows: print once it is there.
    await page.waitForFunction(() => document.querySelector('.print-filled'), undefined, { timeout: 15_000 });
    const text = pdfText(await page.pdf({ format: 'A4' }));
    expect(text).toContain(UNIT);
    expect(text).toContain('党支部党员教育培训工作自评表');
    expect(text).not.toContain('两轮规划对照'); // a sidebar entry
    expect(text).not.toContain('Ctrl'); // the header's search button
  });

  test('导入导出的自评文件', async () => {
    await page.goto(siteUrl('/checklists/saved/'));
    await page.waitForFunction(() => document.querySelector('input[type=file]'));
    await page.setInputFiles('input[type=file]', 'tests/fixtures/import/valid.json');
    await waitForText(page, '已导入“导入测试党支部 2025年度”');
  });

  async function openSearch() {
    await page.goto(siteUrl('/'));
    await page.keyboard.press('Control+k');
    await page.waitForFunction(() => document.querySelector('dialog[open] [role=search]'), undefined, { timeout: 15_000 });
  }

  // Chromium 86 cannot compile Pagefind's WebAssembly: it searches the pages' plain text instead,
  // in the same dialog; 109 runs Pagefind. Either way a search for 三会一课 lists pages holding it.
  test(`搜索：Ctrl+K 打开，搜“三会一课”列出含有它的页面（${version === 86 ? '按全文逐字查找' : 'Pagefind'}）`, async () => {
    const requested: string[] = [];
    const onRequest = (r: { url(): string }) => requested.push(new URL(r.url()).pathname);
    page.on('request', onRequest);
    await openSearch();
    await page.waitForFunction(() => document.querySelector('dialog[open] input[type=search]'), undefined, { timeout: 15_000 });
    await page.evaluate(() => document.querySelector<HTMLInputElement>('dialog[open] input[type=search]')!.focus());
    await page.keyboard.type('三会一课');
    await page.waitForFunction(() => /^找到 \d+ 个含有“三会一课”的页面$/.test(document.querySelector('dialog[open] .search-status')?.textContent ?? ''), undefined, {
      timeout: 20_000,
    });
    const shown = await page.evaluate(() => ({
      status: document.querySelector('dialog[open] .search-status')!.textContent,
      note: document.querySelector('dialog[open] .search-note')?.textContent ?? null,
      results: [...document.querySelectorAll('dialog[open] .search-results article')].map((a) => ({
        href: new URL(a.querySelector<HTMLAnchorElement>('a.search-hit')!.href).pathname,
        title: a.querySelector('a.search-hit')!.textContent,
        marks: [...a.querySelectorAll('.search-excerpt mark')].map((m) => m.textContent),
      })),
      more: [...document.querySelectorAll<HTMLButtonElement>('dialog[open] button')].some((b) => b.textContent === '显示更多结果' && !b.hidden),
      dialog: { ...document.querySelector('dialog[open]')!.getBoundingClientRect().toJSON(), screen: innerHeight } as DOMRect & { screen: number },
    }));
    page.off('request', onRequest);
    const count = Number(/找到 (\d+) 个/.exec(shown.status!)![1]);
    expect(count).toBeGreaterThanOrEqual(5);
    expect(shown.results.length).toBe(3);
    expect(shown.more).toBe(true);
    // The page titled “三会一课” comes first; every excerpt marks the query.
    expect(shown.results[0]).toMatchObject({ href: '/guide/sanhui-yike/', title: '“三会一课”〔指南〕' });
    for (const r of shown.results) expect(r.marks).toContain('三会一课');
    // The dialog stays 4rem below the top and within the screen as its results grow.
    expect(shown.dialog.top).toBe(64);
    expect(shown.dialog.bottom).toBeLessThanOrEqual(shown.dialog.screen);
    if (version === 86) {
      expect(shown.note).toBe('（旧版浏览器：按全文逐字查找）');
      expect(requested).toContain('/pagefind/fallback-text.json');
      expect(requested.filter((u) => u.startsWith('/pagefind/') && u !== '/pagefind/fallback-text.json')).toEqual([]);
    } else {
      expect(shown.note).toBeNull();
      expect(requested).toContain('/pagefind/pagefind.js');
      expect(requested).not.toContain('/pagefind/fallback-text.json');
    }

    // The arrow keys move from the field to the first result, as in the normal search.
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.matches('dialog[open] a.search-hit'));
    expect(await page.evaluate(() => new URL((document.activeElement as HTMLAnchorElement).href).pathname)).toBe('/guide/sanhui-yike/');

    // The type filters work the same way.
    await page.evaluate(() => {
      const radio = [...document.querySelectorAll<HTMLButtonElement>('dialog[open] [role=radio]')].find((b) => b.textContent === '法规');
      radio!.click();
    });
    await page.waitForFunction(() => {
      const titles = [...document.querySelectorAll('dialog[open] a.search-hit')].map((a) => a.textContent ?? '');
      const status = document.querySelector('dialog[open] .search-status')?.textContent ?? '';
      return /^找到 \d+ 个含有“三会一课”的页面$/.test(status) && titles.length > 0 && titles.every((t) => t.endsWith('〔法规〕'));
    }, undefined, { timeout: 15_000 });
  });

  test('以上操作没有脚本错误（Chromium 86 上 Starlight 的目录高亮除外）', () => {
    // Starlight's table of contents finds headings with :where()/:has() (Chromium 88/105), so on 86
    // the current section is not highlighted; the contents list itself is static HTML and works.
    const known = (e: string) => version === 86 && e.includes('starlight-toc');
    expect(errors.filter((e) => !known(e))).toEqual([]);
  });
});
