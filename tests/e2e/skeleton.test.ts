import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('站点骨架', () => {
  test('首页是中文页面，说明用途并通向三项工作', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await expect(page.title()).resolves.toContain('党员教育培训工作指南');
    const hero = page.locator('.hero');
    for (const job of ['查规定', '做自评', '写报告']) {
      await expect(hero.getByRole('link', { name: job }).isVisible()).resolves.toBe(true);
    }
    expect(await page.locator('main').innerText()).toContain('只保存在您自己的浏览器里');
    await page.screenshot({ path: 'test-results/home.png', fullPage: true });
    await page.close();
  });

  test('从首页进入“做自评”，侧栏列出各栏目', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/'));
    await page.locator('.hero').getByRole('link', { name: '做自评' }).click();
    await page.waitForURL(/\/checklists\/$/);
    expect(await page.locator('h1').innerText()).toBe('做自评');
    const sidebar = page.locator('#starlight__sidebar');
    for (const section of ['查规定', '做自评', '写报告', '工作指引', '关于']) {
      expect(await sidebar.getByText(section, { exact: true }).count()).toBeGreaterThan(0);
    }
    await sidebar.getByRole('link', { name: '使用说明' }).click();
    await page.waitForURL(/\/about\/$/);
    expect(await page.locator('main').innerText()).toContain('只保存在您正在使用的这台电脑的浏览器里');
    await page.close();
  });

  test('使用说明页检测本浏览器能否保存数据', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/about/'));
    const status = page.locator('.storage-status[data-status]');
    await expect(status.innerText()).resolves.toContain('可以在本机保存自评数据');
    await page.close();
  });

  test('浏览器禁止保存数据时，使用说明页提醒及时导出', async () => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.goto(siteUrl('/about/'));
    const status = page.locator('.storage-status[data-status="unavailable"]');
    await expect(status.innerText()).resolves.toContain('禁止网页在本机保存数据');
    await page.close();
  });

  test('深色模式可以切换', async () => {
    const page = await browser.newPage();
    await page.goto(siteUrl('/regulations/'));
    await page.locator('starlight-theme-select select').first().selectOption('dark');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    await page.close();
  });
});
