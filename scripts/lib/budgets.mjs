// The byte budgets, measured on the built site. Bytes only:
// timings vary with the machine and are printed by npm run bench, never checked.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { htmlSize, initialJs, kb, pageExists, pageFile } from './page-weight.mjs';

const KB = 1024;

export const BUDGETS = {
  contentJs: 5 * KB,
  checklistJsOverContent: 15 * KB,
  ledgerJsOverContent: 25 * KB,
  heavyHtml: 15 * KB,
};

/** The page whose JS the checklist and 台账 budgets are counted on top of. */
export const CONTENT_PAGE = '/regulations/';
export const REPORT_PAGE = '/checklists/baogao/';
export const SUMMARY_PAGE = '/checklists/huizong/';
export const COMPARE_PAGE = '/checklists/duibi/';
export const SAVED_PAGE = '/checklists/saved/';

/** Page paths of the built site ("/", "/about/", …), from dist's index.html files. */
export function builtPages(dist) {
  return readdirSync(dist, { recursive: true })
    .map(String)
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .map((f) => '/' + f.slice(0, -'index.html'.length))
    .sort();
}

function checklistIds(root) {
  return readdirSync(join(root, 'content/checklists'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length));
}

/**
 * The 台账 page is the one that mounts the 台账 island (<div data-island="ledger">, Island.astro),
 * wherever it lives. A checklist page that imports 台账 helpers is still a checklist page.
 */
function ledgerPage(dist, pages) {
  return pages.find((p) => /data-island="ledger"/.test(readFileSync(pageFile(dist, p), 'utf8')));
}

/** @typedef {{ id: string, label: string, page: string, bytes: number, budget: number }} BudgetRow */

/** Every budgeted figure: { id, label, page, bytes, budget }. */
export function measureBudgets(root, dist, base = '/') {
  const pages = builtPages(dist);
  for (const page of [CONTENT_PAGE, REPORT_PAGE, SUMMARY_PAGE, COMPARE_PAGE, SAVED_PAGE]) {
    if (!pageExists(dist, page)) throw new Error(`预算检查找不到页面 ${page}（改了路径？请同时改 scripts/lib/budgets.mjs）`);
  }
  const ledger = ledgerPage(dist, pages);
  const checklists = checklistIds(root).map((id) => `/checklists/${id}/`);
  const content = initialJs(dist, CONTENT_PAGE, base).gz;
  /** @type {BudgetRow[]} */
  const rows = [];
  for (const page of pages) {
    if (page.startsWith('/checklists/') || page === ledger) continue;
    rows.push({ id: 'content-js', label: '内容页首次加载 JS', page, bytes: initialJs(dist, page, base).gz, budget: BUDGETS.contentJs });
  }
  for (const page of checklists) {
    const budget = content + BUDGETS.checklistJsOverContent;
    rows.push({ id: 'checklist-js', label: `自评表页面首次加载 JS（内容页 ${kb(content)} + 15 KB）`, page, bytes: initialJs(dist, page, base).gz, budget });
  }
  if (ledger) {
    const budget = content + BUDGETS.ledgerJsOverContent;
    rows.push({ id: 'ledger-js', label: `台账页面首次加载 JS（内容页 ${kb(content)} + 25 KB）`, page: ledger, bytes: initialJs(dist, ledger, base).gz, budget });
  }
  /** @type {[string, string][]} */
  const heavyPages = [
    [REPORT_PAGE, '报告页面 HTML'],
    [SUMMARY_PAGE, '汇总页面 HTML'],
    [COMPARE_PAGE, '对比页面 HTML'],
    [SAVED_PAGE, '我的自评页面 HTML'],
  ];
  for (const [page, label] of heavyPages) {
    rows.push({ id: 'html', label, page, bytes: htmlSize(dist, page).gz, budget: BUDGETS.heavyHtml });
  }
  return { rows, ledger, content };
}

/** Printable lines: pages with the same figure and verdict share one line, so the output stays readable. */
export function budgetLines(rows) {
  const lines = new Map();
  for (const r of rows) {
    const mark = r.bytes <= r.budget ? '通过' : '超出预算';
    const key = `${r.label}：${kb(r.bytes)} / 预算 ${kb(r.budget)}  ${mark}`;
    lines.set(key, [...(lines.get(key) ?? []), r.page]);
  }
  return [...lines].map(([line, pages]) => {
    const where = pages.length > 6 ? `${pages.length} 个页面（${pages.slice(0, 3).join(' ')} …）` : pages.join(' ');
    return `  ${line}\n      ${where}`;
  });
}
