// A small year entered through the 台账 page: the year grid, each member's 学时 and the self-check
// items filled by “使用台账数据” must equal what the rules give by hand for the same entries.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, siteUrl } from './browser';

type Mark = '请假' | '缺席' | '到会';
interface Entry {
  date: string;
  kind: string;
  topic: string;
  hours: number;
  group?: string;
  /** true: “全部到会” first; then the marks below. */
  all: boolean;
  marks?: Record<string, [Mark, string?]>;
}

// 8 members, 2 党小组, a committee of 3. 孙 joins on 1 July, 吴 leaves on 15 June, 周 is 年老体弱.
const MEMBERS = [
  { name: '王书记', group: '一组', committee: '书记' },
  { name: '李副书记', group: '二组', committee: '副书记' },
  { name: '张委员', group: '一组', committee: '委员' },
  { name: '赵党员', group: '一组' },
  { name: '钱党员', group: '二组' },
  { name: '孙党员', group: '二组', joined: '2025-07-01' },
  { name: '周老党员', group: '一组', status: '年老体弱、行动不便' },
  { name: '吴党员', group: '二组', left: '2025-06-15' },
];
const ZHOU: Record<string, [Mark, string?]> = { 周老党员: ['请假', '身体原因'] };
const ENTRIES: Entry[] = [
  { date: '2025-01-10', kind: '支部委员会', topic: '研究全年学习计划', hours: 0, all: true },
  // 1 of 3 committee members present: fewer than half, does not count.
  { date: '2025-02-10', kind: '支部委员会', topic: '研究主题党日安排', hours: 0, all: true, marks: { 李副书记: ['缺席', '未说明'], 张委员: ['请假', '出差'] } },
  { date: '2025-03-10', kind: '支部委员会', topic: '研究党员大会议题', hours: 0, all: true },
  { date: '2025-01-15', kind: '主题党日', topic: '学习党章', hours: 4, all: true, marks: ZHOU },
  { date: '2025-01-20', kind: '党小组会', group: '一组', topic: '学习讨论', hours: 1, all: true, marks: ZHOU },
  { date: '2025-01-22', kind: '党小组会', group: '二组', topic: '学习讨论', hours: 1, all: true },
  { date: '2025-02-15', kind: '主题党日', topic: '志愿服务', hours: 4, all: true, marks: { ...ZHOU, 赵党员: ['缺席', '未请假'] } },
  { date: '2025-03-20', kind: '党员大会', topic: '一季度党员大会', hours: 2, all: true, marks: ZHOU },
  { date: '2025-04-15', kind: '主题党日', topic: '参观教育基地', hours: 4, all: true, marks: ZHOU },
  { date: '2025-05-10', kind: '党课', topic: '书记讲党课', hours: 8, all: true, marks: { ...ZHOU, 赵党员: ['缺席', '值班'] } },
  { date: '2025-05-15', kind: '主题党日', topic: '学习形势政策', hours: 4, all: true, marks: ZHOU },
  { date: '2025-06-05', kind: '送学上门', topic: '送学到家', hours: 2, all: false, marks: { 周老党员: ['到会'] } },
  { date: '2025-06-20', kind: '党员大会', topic: '二季度党员大会', hours: 2, all: true, marks: ZHOU },
  { date: '2025-08-20', kind: '党小组会', group: '二组', topic: '学习讨论', hours: 1, all: true },
  { date: '2025-09-10', kind: '党课', topic: '委员讲党课', hours: 8, all: true, marks: { ...ZHOU, 赵党员: ['请假', '病假'] } },
  { date: '2025-10-15', kind: '集中培训', topic: '党员冬训', hours: 8, all: true, marks: { ...ZHOU, 赵党员: ['请假', '病假'] } },
  { date: '2025-11-05', kind: '专题学习', topic: '党纪学习', hours: 3, all: true, marks: { ...ZHOU, 钱党员: ['请假', '出差'] } },
  { date: '2025-12-20', kind: '党员大会', topic: '四季度党员大会', hours: 2, all: true, marks: ZHOU },
  { date: '2025-12-25', kind: '组织生活会', topic: '年度组织生活会', hours: 2, all: true, marks: ZHOU },
  { date: '2025-12-26', kind: '民主评议党员', topic: '年度民主评议', hours: 0, all: true, marks: ZHOU },
];

// Worked out by hand from the entries above (学时 = hours of activities attended + personal 学时).
// 王/张: 大会 3×2 + 主题党日 4×4 + 小组会 1 + 党课 2×8 + 培训 8 + 生活会 2 + 专题 3 = 52; 李 the same with 2 小组会 = 53.
// 赵: 大会 6 + 主题党日 3×4 (缺 2月) + 小组会 1 + 生活会 2 + 专题 3 + 个人 5 = 29 < 32.
// 钱: 6 + 16 + 2 + 16 + 8 + 2 + (专题请假) + 个人 2.5 = 52.5.
// 孙 (7–12月, 6 个月 → 目标 32×6/12 = 16): 大会 2 + 小组会 1 + 党课 8 + 培训 8 + 生活会 2 + 专题 3 = 24.
// 吴 (1–6月, 6 个月 → 目标 16): 大会 2 + 主题党日 4×4 + 小组会 1 + 党课 8 = 27.  周: 送学上门 2, 不作硬性要求.
const HOURS: Record<string, [total: string, target: string, state: string]> = {
  王书记: ['52', '32', '达标'],
  李副书记: ['53', '32', '达标'],
  张委员: ['52', '32', '达标'],
  赵党员: ['29', '32', '差 3 学时'],
  钱党员: ['52.5', '32', '达标'],
  孙党员: ['24', '16（折算，6个月）', '达标'],
  吴党员: ['27', '16（折算，6个月）', '达标'],
  周老党员: ['2', '—', '不作硬性要求'],
};
// 到会率 (党员大会、党小组会、党课、主题党日, 周 left out): 实到 17 + 23 + 9 + 10 = 59, 应到 17 + 24 + 9 + 12 = 62 → 95.2%.
// 学时达标: 7 members with a target, 6 met (赵 not) → 85.7%.
const PREFILL: Record<string, string> = {
  'zb-dangyuan-dahui': '3',
  'zb-zhiweihui': '2',
  'zb-dangxiaozu-hui': '1',
  'zb-dangke': '2',
  'zb-zhuti-dangri': '4',
  'zb-daohui-lv': '95.2',
  'zb-xueshi-dabiao': '85.7',
};

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => {
  await browser?.close();
});

async function addMember(p: Page, m: (typeof MEMBERS)[number]) {
  const form = p.getByRole('form', { name: '添加党员' });
  await form.getByLabel('姓名').fill(m.name);
  await form.getByLabel('党小组').fill(m.group);
  if (m.status) await form.getByLabel('状态').selectOption(m.status);
  if (m.committee) await form.getByLabel('支委职务').selectOption(m.committee);
  if (m.joined) await form.getByLabel('年内转入日期').fill(m.joined);
  if (m.left) await form.getByLabel('年内转出日期').fill(m.left);
  await form.getByRole('button', { name: '添加党员' }).click();
  await p.getByRole('row').filter({ hasText: m.name }).first().waitFor();
}

async function addActivity(p: Page, e: Entry) {
  await p.getByRole('button', { name: '新增记录' }).click();
  const form = p.getByRole('form', { name: '新的活动记录' });
  await form.getByLabel('日期').fill(e.date);
  await form.getByLabel('类别').selectOption(e.kind);
  if (e.group) await form.getByLabel('党小组', { exact: true }).selectOption(e.group);
  await form.getByLabel('主题').fill(e.topic);
  await form.getByLabel('学时（0.5 为单位）').fill(String(e.hours));
  if (e.all) await form.getByRole('button', { name: '全部到会' }).click();
  for (const [name, [mark, reason]] of Object.entries(e.marks ?? {})) {
    await form.getByLabel(`${name} 到会情况`).selectOption(mark);
    if (reason) await form.getByLabel(`${name} ${mark}原因`).fill(reason);
  }
  await form.getByRole('button', { name: '保存记录' }).click();
  await p.getByRole('status').filter({ hasText: `已保存：${e.date} ${e.kind}` }).waitFor();
}

const gridStates = (p: Page, row: string) =>
  p.locator('.year-grid tbody tr').filter({ has: p.getByRole('rowheader', { name: row }) }).locator('td.cell').evaluateAll((tds) => tds.map((td) => `${td.getAttribute('colspan') ?? '1'}:${td.getAttribute('data-state')}`));

// One year told in order: the first test enters it through the page, the later ones read it back.
describe('台账：录入一年，核对年度表、学时和自评预填', () => {
  test('在页面上录入名册、20 次活动和个人学时', async () => {
    await page.goto(siteUrl('/taizhang/'));
    await page.getByLabel('党支部名称').fill('第一党支部');
    await page.getByLabel('年度').fill('2025');
    await page.getByRole('button', { name: '新建台账' }).click();
    await page.getByRole('tab', { name: '党员名册' }).click();
    for (const m of MEMBERS) await addMember(page, m);
    await expect(page.getByRole('caption').or(page.locator('caption')).first().innerText()).resolves.toBe('共 8 名党员');

    await page.getByRole('tab', { name: '活动记录' }).click();
    for (const e of ENTRIES) await addActivity(page, e);
    await expect(page.locator('caption').first().innerText()).resolves.toBe('共 20 条记录');

    await page.getByRole('tab', { name: '个人学时' }).click();
    for (const [name, date, hours] of [['赵党员', '2025-07-01', '5'], ['钱党员', '2025-03-01', '2.5']] as const) {
      const form = page.getByRole('form', { name: '登记个人学时' });
      await form.getByLabel('党员').selectOption({ label: `${name}（${MEMBERS.find((m) => m.name === name)!.group}）` });
      await form.getByLabel('日期').fill(date);
      await form.getByLabel('学时').fill(hours);
      await form.getByLabel('来源').fill('中国干部网络学院');
      await form.getByRole('button', { name: '登记' }).click();
      await page.getByRole('status').filter({ hasText: `已记录 ${name} ${hours} 学时` }).waitFor();
    }
  });

  async function checkYear(p: Page) {
    await p.getByRole('tab', { name: '年度落实表' }).click();
    // Quarters: Q1, Q2, Q4 held, Q3 missing.
    expect(await gridStates(p, '党员大会 每季度')).toEqual(['3:held', '3:held', '3:missing', '3:held']);
    // Jan held, Feb only the 支委会 without quorum, Mar held, Apr–Dec missing.
    expect(await gridStates(p, '支部委员会 每月')).toEqual(['1:held', '1:invalid', '1:held', ...Array(9).fill('1:missing')]);
    await expect(p.locator('.invalid-list').innerText()).resolves.toContain('2025-02-10 支部委员会：到会支委 1 人，支委共 3 人，不足半数，不算召开');
    expect(await gridStates(p, '党小组会（一组） 每月')).toEqual(['1:held', ...Array(11).fill('1:missing')]);
    expect(await gridStates(p, '党小组会（二组） 每月')).toEqual(['1:held', ...Array(6).fill('1:missing'), '1:held', ...Array(4).fill('1:missing')]);
    expect(await gridStates(p, '主题党日 每月')).toEqual(['1:held', '1:held', '1:missing', '1:held', '1:held', ...Array(7).fill('1:missing')]);
    expect(await gridStates(p, '组织生活会 每年')).toEqual(['12:held']);
    expect(await gridStates(p, '民主评议党员 每年')).toEqual(['12:held']);

    await p.getByRole('tab', { name: '学时', exact: true }).click();
    for (const [name, [total, target, state]] of Object.entries(HOURS)) {
      const cells = await p.locator(`tr[data-member="${name}"] td`).allInnerTexts();
      expect([name, cells[2], cells[3], cells[4]]).toEqual([name, total, target, state]);
    }
  }

  test('年度落实表和每名党员的学时与手算结果一致', async () => {
    await checkYear(page);
  });

  test('刷新页面后全部仍在', async () => {
    await page.reload();
    await page.getByRole('tab', { name: '年度落实表' }).waitFor();
    await checkYear(page);
  });

  test('自评表点“使用台账数据”填入相同的数字，并注明来自台账', async () => {
    await page.goto(siteUrl('/checklists/zhibu-ziping/'));
    await page.getByLabel('填报单位').fill('第一党支部');
    await page.getByLabel('年度').fill('2025');
    await page.getByRole('button', { name: '开始填写' }).click();
    for (const [item, figure] of Object.entries(PREFILL)) {
      const card = page.locator(`#item-${item}`);
      const suggestion = card.locator('.ledger-suggestion');
      await expect.poll(() => suggestion.locator('[data-figure]').innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${figure.replace('.', '\\.')}( 次|%)$`));
      await expect(suggestion.innerText()).resolves.toContain('台账截至 2025-12-26');
      // Nothing is filled before the click.
      await expect(card.locator(`#v-${item}`).inputValue()).resolves.toBe('');
      await suggestion.getByRole('button', { name: '使用台账数据' }).click();
      await expect.poll(() => card.locator(`#v-${item}`).inputValue(), { timeout: 15_000 }).toBe(figure);
      await card.getByText('已使用台账数据（台账截至 2025-12-26）').waitFor();
    }
    await page.reload();
    await expect.poll(() => page.locator('#v-zb-daohui-lv').inputValue(), { timeout: 15_000 }).toBe('95.2');
    await page.locator('#item-zb-daohui-lv').getByText('已使用台账数据').waitFor();
  });

  test('报告的基本情况表提供相同的台账数字', async () => {
    await page.getByRole('link', { name: '生成报告' }).click();
    // 党员人数: in the branch on 31 December — all but 吴 (left in June) → 7.
    // 培训期数: 党课 2 + 集中培训 1 + 专题学习 1 + 送学上门 1 = 5; 参训人次: 5 + 5 + 5 + 5 + 1 = 21.
    // 人均学时: (52 + 53 + 52 + 29 + 52.5 + 24 + 2 + 27) ÷ 8 = 36.44 → 36.4.
    const expected: [string, string][] = [['members', '7'], ['sessions', '5'], ['attendance', '21'], ['hours', '36.4']];
    for (const [field, figure] of expected) {
      const box = page.locator('.fact-field').filter({ has: page.locator(`#fact-${field}`) });
      await expect.poll(() => box.locator('[data-figure]').innerText(), { timeout: 15_000 }).toMatch(new RegExp(`^${figure.replace('.', '\\.')} `));
      await expect(page.locator(`#fact-${field}`).inputValue()).resolves.toBe('');
      await box.getByRole('button', { name: '使用台账数据' }).click();
      await expect.poll(() => page.locator(`#fact-${field}`).inputValue(), { timeout: 15_000 }).toBe(figure);
    }
  });

  test('填入后台账数字又有变化时给出提示，已填的答案不变', async () => {
    await page.goto(siteUrl('/taizhang/'));
    await page.getByRole('tab', { name: '活动记录' }).click();
    await addActivity(page, { date: '2025-09-20', kind: '党员大会', topic: '三季度党员大会', hours: 2, all: true });
    await page.goto(siteUrl('/checklists/zhibu-ziping/'));
    const card = page.locator('#item-zb-dangyuan-dahui');
    // Four 党员大会 now; the answer keeps the 3 that was used.
    await card.getByText('台账数字已变化：填入时为 3（台账截至 2025-12-26），现在为 4。').waitFor();
    await expect(card.locator('#v-zb-dangyuan-dahui').inputValue()).resolves.toBe('3');
    await card.getByRole('button', { name: '使用台账数据' }).click();
    await expect.poll(() => card.locator('#v-zb-dangyuan-dahui').inputValue(), { timeout: 15_000 }).toBe('4');
  });
});
