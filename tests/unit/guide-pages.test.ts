// The 工作指引 pages as written: every id they cite exists, each guidance page has the agreed
// sections, and no rule's article number or figure is typed into the prose (components render
// those from the data, with 参考 on anything of grade C or 未核实).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { LOCAL_PRACTICES } from '../../src/data/local-practices';
import { formatQuantity } from '../../src/lib/requirements/quantity-format';
import { checklistItems, loadCalendar, loadLedgerTemplates, requirementMap } from './load-guide-data';

const DIR = 'content/docs/guide';
const GUIDANCE = [
  'sanhui-yike',
  'zhuti-dangri',
  'zuzhi-shenghuohui',
  'minzhu-pingyi',
  'tanxin-tanhua',
  'lunxun-xueshi',
  'fazhan-duixiang',
  'liudong-dangyuan',
  'songxue-shangmen',
  'zaixian-xuexi',
];

const files = readdirSync(DIR).filter((n) => n.endsWith('.mdx'));
const source = new Map(files.map((f) => [f.replace(/\.mdx$/, ''), readFileSync(`${DIR}/${f}`, 'utf8')]));
const reqs = requirementMap();
const items = checklistItems();
const tasks = loadCalendar();

const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1]!);
/** Requirement ids a page cites: cards, and the id lists of FrequencyTable / BasisLinks. */
function requirementIds(text: string): string[] {
  const cards = all(text, /<Requirement\s+id="([^"]+)"/g);
  const lists = all(text, /ids=\{\[([^\]]*)\]\}/g).flatMap((list) => all(list, /'([^']+)'/g));
  return [...cards, ...lists];
}
/** The page's own words: front matter, imports, components and link targets removed. */
function prose(text: string): string {
  return text
    .replace(/^---[\s\S]*?---/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<[A-Z][\s\S]*?\/>/g, '')
    .replace(/\]\([^)]*\)/g, ']');
}

describe('工作指引页面', () => {
  test('十个操作指引和日历、台账模板都在', () => {
    for (const name of [...GUIDANCE, 'index', 'rili', 'taizhang']) expect(source.has(name), name).toBe(true);
  });

  test.each(GUIDANCE)('%s：有依据、频次、流程（分阶段）、记录要点、常见问题和相关页面', (name) => {
    const text = source.get(name)!;
    const sections = ['依据', '频次', '流程', '记录要点', '常见问题', '相关页面'];
    // A page may add its own sections (e.g. 学时怎么算) between these, in this order.
    expect(all(text, /^## (.+)$/gm).filter((h) => sections.includes(h))).toEqual(sections);
    const flow = text.split('## 流程')[1]!.split('## 记录要点')[0]!;
    expect(all(flow, /^### (.+)$/gm).length, '流程分成前、中、后几段').toBeGreaterThanOrEqual(3);
    expect(requirementIds(text.split('## 频次')[0]!).length, '依据部分有规定卡片').toBeGreaterThan(0);
    expect(text).toMatch(/<FrequencyTable ids=/);
    expect(text).toContain(`<CalendarTasks page="/guide/${name}/" />`);
    expect(text).toMatch(/<ChecklistRef item="[^"]+" evidence \/>/);
    const problems = text.split('## 常见问题')[1]!.split('## 相关页面')[0]!;
    expect(problems, '常见问题引用范文').toMatch(/\]\(\/reports\/fanwen-/);
    const related = text.split('## 相关页面')[1]!;
    expect(related).toMatch(/\]\(\/checklists\//);
    expect(related).toMatch(/\]\(\/reports\//);
  });

  test('页面引用的规定条目、自评表指标、地方做法和模板都存在', () => {
    for (const [name, text] of source) {
      for (const id of requirementIds(text)) expect(reqs.has(id), `${name} → ${id}`).toBe(true);
      for (const ref of all(text, /<ChecklistRef item="([^"]+)"/g)) expect(items.has(ref), `${name} → ${ref}`).toBe(true);
      for (const id of all(text, /<LocalPractice id="([^"]+)"/g)) expect(id in LOCAL_PRACTICES, `${name} → ${id}`).toBe(true);
      for (const id of all(text, /<BlankTemplate id="([^"]+)"/g)) expect(loadLedgerTemplates().some((t) => t.id === id), `${name} → ${id}`).toBe(true);
      for (const page of all(text, /<CalendarTasks page="([^"]+)"/g)) {
        expect(page, `${name} 只列出本页的日历事项`).toBe(`/guide/${name}/`);
        expect(tasks.some((t) => t.page === page), `${page} 在日历中有事项`).toBe(true);
      }
    }
  });

  test('台账模板页收齐五种模板', () => {
    expect(all(source.get('taizhang')!, /<BlankTemplate id="([^"]+)"/g)).toEqual(loadLedgerTemplates().map((t) => t.id));
  });

  test('正文不手写条号和规定的数字（由组件从数据生成），地方做法只通过 LocalPractice 出现', () => {
    const figures = [...reqs.values()].flatMap((r) => (r.quantity ? [formatQuantity(r.quantity)] : []));
    for (const [name, text] of source) {
      const words = prose(text);
      expect(words.match(/第[一二三四五六七八九十百零]+条/g), `${name} 的正文写了条号`).toBeNull();
      expect(words.match(/\d+\s*(学时|次|天|个月|年|人|%)/g), `${name} 的正文写了数字要求`).toBeNull();
      for (const f of figures) expect(words.includes(f), `${name} 的正文写了“${f}”`).toBe(false);
    }
  });
});
