import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { formatCents, scoreChecklist, type Answers } from '../../src/lib/scoring';
import type { Item } from '../../src/schemas/checklist';
import { launchBrowser, seriousA11yViolations, siteUrl } from './browser';
import { answerFor, loadChecklist } from './checklist-data';

const checklist = loadChecklist('zhibu-ziping');
const items = checklist.dimensions.flatMap((d) => d.items);
const URL_PATH = '/checklists/zhibu-ziping/';

let browser: Browser;
let context: BrowserContext;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function answer(item: Item, value: unknown) {
  const card = page.locator(`#item-${item.id}`);
  const r = item.rule;
  if (r.kind === 'check') {
    const label = { done: '完成', partial: '部分完成', none: '未完成' }[value as string]!;
    await card.getByRole('radio', { name: label, exact: true }).check();
  } else if (r.kind === 'levels') {
    await card.getByRole('radio').nth(value as number).check();
  } else if (r.kind === 'veto') {
    await card.getByRole('radio', { name: value ? '存在此情形' : '不存在此情形', exact: true }).check();
  } else {
    await card.locator(`#v-${item.id}`).fill(String(value));
  }
}

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  writeFileSync(join(dir, 'a.pdf'), pdf);
  return execFileSync('pdftotext', ['-raw', join(dir, 'a.pdf'), '-'], { encoding: 'utf8' });
}
const squash = (s: string) => s.replace(/\s+/g, '');

describe('党支部自评表', () => {
  test('未开始时请用户填写单位和年度', async () => {
    await page.goto(siteUrl(URL_PATH));
    await page.getByLabel('填报单位').fill('');
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('alert').filter({ hasText: '请填写单位名称' }).waitFor();
    await page.getByLabel('填报单位').fill('第一党支部');
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '开始填写' }).click();
    await expect.poll(() => page.getByTestId('answered').innerText()).toBe('0');
  });

  test('逐项填完，页面显示的总分等于计分规则算出的结果', async () => {
    const answers: Answers = {};
    for (const [i, item] of items.entries()) {
      const value = answerFor(item, i);
      answers[item.id] = { value };
      await answer(item, value);
    }
    const expected = scoreChecklist(checklist, answers);
    await expect.poll(() => page.getByTestId('answered').innerText()).toBe(String(items.length));
    expect(await page.getByTestId('total').innerText()).toBe(formatCents(expected.total!));
    expect(await page.getByTestId('grade').innerText()).toBe(expected.grade);
    await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
    await page.screenshot({ path: 'test-results/checklist-filled.png' });
  });

  test('填写中的表单没有严重的无障碍问题（浅色和深色主题）', async () => {
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${theme} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
    await page.evaluate(() => (document.documentElement.dataset.theme = 'light'));
  });

  test('刷新页面后所有答案都还在', async () => {
    const before = await page.getByTestId('total').innerText();
    await page.reload();
    await page.getByTestId('total').waitFor();
    expect(await page.getByTestId('total').innerText()).toBe(before);
    for (const [i, item] of items.entries()) {
      const value = answerFor(item, i);
      const card = page.locator(`#item-${item.id}`);
      if (item.rule.kind === 'deduct' || item.rule.kind === 'ratio' || item.rule.kind === 'bonus') {
        expect(await card.locator(`#v-${item.id}`).inputValue()).toBe(String(value));
      } else {
        expect(await card.getByRole('radio', { checked: true }).count()).toBe(1);
      }
    }
  });

  test('不适用须写理由，写明后该项移出分母并提示折算', async () => {
    const item = items.find((i) => i.rule.kind === 'check')!;
    const card = page.locator(`#item-${item.id}`);
    await card.getByLabel('本项不适用').check();
    await card.getByText('填写理由后本项才按“不适用”计算').waitFor();
    await card.getByLabel('不适用的理由（必填）').fill('本年度支部新成立，未到期');
    await expect.poll(() => page.getByTestId('rescaled').innerText()).toContain('已按满分 100 分折算');
    await card.getByLabel('本项不适用').uncheck();
    await page.getByTestId('rescaled').waitFor({ state: 'detached' });
  });

  test('“只看失分项”编辑时条目不消失', async () => {
    await page.getByRole('button', { name: '只看失分项' }).click();
    await page.getByRole('button', { name: '只看失分项', pressed: true }).waitFor();
    const lost = page.locator('.item-card');
    await expect.poll(() => lost.count()).toBeLessThan(items.length);
    const n = await lost.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(items.length);
    const first = lost.first();
    const id = (await first.getAttribute('id'))!;
    const item = items.find((i) => `item-${i.id}` === id)!;
    // Give it full marks: it stays on screen until the filter is chosen again.
    if (item.rule.kind === 'check') await first.getByRole('radio', { name: '完成', exact: true }).check();
    else if (item.rule.kind === 'levels') await first.getByRole('radio').first().check();
    else if (item.rule.kind === 'deduct') await first.locator(`#v-${item.id}`).fill(String(item.rule.required));
    else if (item.rule.kind === 'ratio') await first.locator(`#v-${item.id}`).fill('100');
    await page.waitForTimeout(300);
    expect(await page.locator(`#${id}`).count()).toBe(1);
    await page.getByRole('button', { name: '只看失分项' }).click();
    await page.locator(`#${id}`).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: '全部指标' }).click();
    await expect.poll(() => page.locator('.item-card').count()).toBe(items.length);
  });

  test('打印空白表和填写结果（A4 PDF）：每个指标都在，没有网站导航', async () => {
    for (const kind of ['blank', 'filled'] as const) {
      await page.evaluate((k) => {
        document.documentElement.dataset.print = k;
        document.querySelectorAll('details').forEach((d) => (d.open = true));
      }, kind);
      await page.emulateMedia({ media: 'print' });
      const text = pdfText(await page.pdf({ format: 'A4' }));
      writeFileSync(`test-results/checklist-${kind}.txt`, text);
      const flat = squash(text);
      for (const item of items) expect(flat, `${kind}: ${item.title}`).toContain(squash(item.title));
      expect(flat).toContain('填报单位（盖章）');
      for (const chrome of ['本页内容', 'CtrlK', '我的自评', '打印空白表']) expect(flat).not.toContain(chrome);
      if (kind === 'filled') expect(flat).toContain('第一党支部');
      await page.pdf({ format: 'A4', path: `test-results/checklist-${kind}.pdf` });
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
