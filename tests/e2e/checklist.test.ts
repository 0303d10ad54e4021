// 党支部自评表 in the browser. Every test opens its own browser context, so it sees only the
// storage it set up; expected scores are the hand-worked ones in checklist-data.ts.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Item } from '../../src/schemas/checklist';
import { launchBrowser, seriousA11yViolations, siteUrl } from './browser';
import { FILLED, FILLED_NA, FILLED_SCORES, contextWith, filledValues, loadChecklist, storedAssessment } from './checklist-data';
import { printPage } from './pdf';

const checklist = loadChecklist('zhibu-ziping');
const items = checklist.dimensions.flatMap((d) => d.items);
const URL_PATH = '/checklists/zhibu-ziping/';
const VIEWPORT = { width: 1280, height: 900 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page with nothing saved yet. */
async function emptyPage(): Promise<Page> {
  const context = await contextWith(browser, [], { viewport: VIEWPORT });
  return context.newPage();
}

/** The checklist page with FILLED saved as 第一党支部 2026. */
async function filledPage(): Promise<Page> {
  const context = await contextWith(browser, [storedAssessment('filled', '第一党支部', '2026', filledValues())], { viewport: VIEWPORT });
  const page = await context.newPage();
  await page.goto(siteUrl(URL_PATH));
  await expect.poll(() => page.getByTestId('answered').innerText()).toBe(String(items.length));
  return page;
}

async function answer(page: Page, item: Item, value: unknown) {
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

/** 自评分 of each dimension as the table under the items shows it. */
const dimensionScores = (page: Page) =>
  page.locator('.dimension-scores tbody tr').evaluateAll((rows) => Object.fromEntries(rows.map((r) => [r.querySelector('th')!.textContent!.trim(), r.querySelector('td')!.textContent!.trim()])));

describe('党支部自评表', () => {
  test('手算的答案表覆盖本表每一个指标', () => {
    expect(Object.keys(FILLED).sort()).toEqual(items.map((i) => i.id).sort());
  });

  test('未开始时请用户填写单位和年度', async () => {
    const page = await emptyPage();
    await page.goto(siteUrl(URL_PATH));
    await page.getByLabel('填报单位').fill('');
    await page.getByRole('button', { name: '开始填写' }).click();
    await page.getByRole('alert').filter({ hasText: '请填写单位名称' }).waitFor();
    await page.getByLabel('填报单位').fill('第一党支部');
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '开始填写' }).click();
    await expect.poll(() => page.getByTestId('answered').innerText()).toBe('0');
    await page.context().close();
  });

  test('逐项填完，各维度得分、总分和等次与手算一致；刷新页面后答案都还在', async () => {
    const page = await emptyPage();
    await page.goto(siteUrl(URL_PATH));
    await page.getByLabel('填报单位').fill('第一党支部');
    await page.getByLabel('年度').fill('2026');
    await page.getByRole('button', { name: '开始填写' }).click();
    for (const item of items) await answer(page, item, FILLED[item.id]!.value);

    await expect.poll(() => page.getByTestId('answered').innerText()).toBe(String(items.length));
    expect(await page.getByTestId('total').innerText()).toBe(FILLED_SCORES.total);
    expect(await page.getByTestId('grade').innerText()).toBe(FILLED_SCORES.grade);
    expect(await dimensionScores(page)).toEqual(FILLED_SCORES.dimensions);
    await expect(page.locator('#item-zb-dangke .item-score').innerText()).resolves.toBe('本项自评得分：2.25 / 3 分');
    await page.getByRole('status').filter({ hasText: '已保存到本机浏览器' }).waitFor();
    await page.screenshot({ path: 'test-results/checklist-filled.png' });

    await page.reload();
    await expect.poll(() => page.getByTestId('total').innerText()).toBe(FILLED_SCORES.total);
    for (const item of items) {
      const { value } = FILLED[item.id]!;
      const card = page.locator(`#item-${item.id}`);
      if (item.rule.kind === 'deduct' || item.rule.kind === 'ratio' || item.rule.kind === 'bonus') {
        expect(await card.locator(`#v-${item.id}`).inputValue(), item.id).toBe(String(value));
      } else {
        expect(await card.getByRole('radio', { checked: true }).count(), item.id).toBe(1);
      }
    }
    await page.context().close();
  });

  test('填写中的表单没有严重的无障碍问题（浅色和深色主题）', async () => {
    const page = await filledPage();
    for (const theme of ['light', 'dark']) {
      await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
      const violations = await seriousA11yViolations(page);
      expect(violations.map((v) => `${theme} ${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`)).toEqual([]);
    }
    await page.context().close();
  });

  test('不适用须写理由，写明后该项移出分母，总分按满分折算', async () => {
    const page = await filledPage();
    const card = page.locator(`#item-${FILLED_NA.item}`);
    await card.getByLabel('本项不适用').check();
    await card.getByText('填写理由后本项才按“不适用”计算').waitFor();
    expect(await page.getByTestId('total').innerText()).toBe(FILLED_SCORES.total);
    await card.getByLabel('不适用的理由（必填）').fill('本年度支部新成立，未到期');
    await expect.poll(() => page.getByTestId('total').innerText()).toBe(FILLED_NA.total);
    expect(await page.getByTestId('rescaled').innerText()).toBe(`有 1 项不适用，适用项目合计 ${FILLED_NA.applicable} 分，实得 ${FILLED_NA.raw} 分，已按满分 100 分折算。`);
    await card.getByLabel('本项不适用').uncheck();
    await page.getByTestId('rescaled').waitFor({ state: 'detached' });
    expect(await page.getByTestId('total').innerText()).toBe(FILLED_SCORES.total);
    await page.context().close();
  });

  test('得分在每项上取舍：谈心谈话 77.5% 记 1.88 分，维度小计和总分都是所记得分之和', async () => {
    const page = await filledPage();
    // 3 − (100 − 77.5) × 0.05 = 3 − 1.125 = 1.875 → 1.88 (rounding the deduction first would give 1.87).
    await page.locator('#v-zb-tanxin-tanhua').fill('77.5');
    await expect.poll(() => page.locator('#item-zb-tanxin-tanhua .item-score').innerText()).toBe('本项自评得分：1.88 / 3 分');
    // 组织生活 27.75 − 2.5 + 1.88 = 27.13; total 80.75 − 2.5 + 1.88 = 80.13.
    await expect.poll(() => page.getByTestId('total').innerText()).toBe('80.13');
    expect((await dimensionScores(page))['组织生活']).toBe('27.13');
    await page.context().close();
  });

  test('“只看失分项”编辑时条目不消失', async () => {
    const page = await filledPage();
    await page.getByRole('button', { name: '只看失分项' }).click();
    await page.getByRole('button', { name: '只看失分项', pressed: true }).waitFor();
    await expect.poll(() => page.locator('.item-card').count()).toBe(FILLED_SCORES.lost);
    // 支部委员会会议 lost 1 分 (10 of 12); with 12 it has full marks and still stays on screen.
    await page.locator('#v-zb-zhiweihui').fill('12');
    await expect.poll(() => page.locator('#item-zb-zhiweihui .item-score').innerText()).toBe('本项自评得分：3 / 3 分');
    await expect.poll(() => page.getByTestId('total').innerText()).toBe('81.75');
    expect(await page.locator('.item-card').count()).toBe(FILLED_SCORES.lost);
    await page.getByRole('button', { name: '只看失分项' }).click();
    await page.locator('#item-zb-zhiweihui').waitFor({ state: 'detached' });
    expect(await page.locator('.item-card').count()).toBe(FILLED_SCORES.lost - 1);
    await page.getByRole('button', { name: '全部指标' }).click();
    await expect.poll(() => page.locator('.item-card').count()).toBe(items.length);
    await page.context().close();
  });

  test('打印空白表和填写结果（A4 PDF）：每个指标都在，没有网站导航', async () => {
    const page = await filledPage();
    for (const kind of ['blank', 'filled'] as const) {
      await page.evaluate((k) => {
        document.documentElement.dataset.print = k;
        document.querySelectorAll('details').forEach((d) => (d.open = true));
      }, kind);
      const { text, a4 } = await printPage(page, `test-results/checklist-${kind}.pdf`, { format: 'A4' });
      expect(a4).toBe(true);
      for (const item of items) expect(text, `${kind}: ${item.title}`).toContain(item.title.replace(/\s+/g, ''));
      expect(text).toContain('填报单位（盖章）');
      for (const chrome of ['本页内容', 'CtrlK', '我的自评', '打印空白表']) expect(text).not.toContain(chrome);
      if (kind === 'filled') {
        expect(text).toContain('第一党支部');
        expect(text).toContain(FILLED_SCORES.total);
      }
    }
    await page.context().close();
  });
});
