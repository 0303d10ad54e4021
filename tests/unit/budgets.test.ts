import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from 'vitest';
import { measureBudgets } from '../../scripts/lib/budgets.mjs';

function write(root: string, path: string, text: string) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

// About 10 KB after gzip: random text does not compress much.
const heavy = `<script>var x="${randomBytes(10_000).toString('base64')}";</script>`;

test('每个页面按页面类型的预算计量，超出的页面被指出', () => {
  const root = mkdtempSync(join(tmpdir(), 'budgets-'));
  write(root, 'content/checklists/zhibu-ziping.yaml', '');
  write(root, 'dist/regulations/index.html', '<script>var a=1;</script>');
  write(root, 'dist/checklists/zhibu-ziping/index.html', '<script>var b=1;</script>');
  write(root, 'dist/checklists/baogao/index.html', '<p>报告</p>');
  write(root, 'dist/checklists/huizong/index.html', '<p>汇总</p>');
  write(root, 'dist/checklists/duibi/index.html', '<p>对比</p>');
  write(root, 'dist/checklists/saved/index.html', '<p>我的自评</p>');
  write(root, 'dist/big/index.html', heavy);

  const { rows, ledger } = measureBudgets(root, join(root, 'dist'));
  const row = (page: string) => rows.find((r) => r.page === page)!;
  expect(ledger).toBeUndefined();
  expect(rows.some((r) => r.id === 'ledger-js')).toBe(false);
  expect(row('/regulations/').bytes).toBeLessThanOrEqual(row('/regulations/').budget);
  expect(row('/big/').bytes).toBeGreaterThan(row('/big/').budget);
  expect(row('/big/').budget).toBe(5 * 1024);
  expect(row('/checklists/zhibu-ziping/').budget).toBe(row('/regulations/').bytes + 15 * 1024);
  expect(rows.filter((r) => r.id === 'html').map((r) => r.page)).toEqual(['/checklists/baogao/', '/checklists/huizong/', '/checklists/duibi/', '/checklists/saved/']);
});

test('台账页面按载入台账组件认定，只引入台账工具的自评表页面不算', () => {
  const root = mkdtempSync(join(tmpdir(), 'budgets-'));
  write(root, 'content/checklists/zhibu-ziping.yaml', '');
  write(root, 'dist/regulations/index.html', '<script>var a=1;</script>');
  write(root, 'dist/checklists/zhibu-ziping/index.html', '<div data-island="checklist"></div><script type="module" src="/_astro/ChecklistPage.x.js"></script>');
  write(root, 'dist/_astro/ChecklistPage.x.js', 'import"./ledger.y.js";');
  write(root, 'dist/_astro/ledger.y.js', 'export{};');
  write(root, 'dist/records/index.html', '<div data-island="ledger"></div><script type="module" src="/_astro/LedgerPage.z.js"></script>');
  write(root, 'dist/_astro/LedgerPage.z.js', 'export{};');
  write(root, 'dist/checklists/baogao/index.html', '');
  write(root, 'dist/checklists/huizong/index.html', '');
  write(root, 'dist/checklists/duibi/index.html', '');
  write(root, 'dist/checklists/saved/index.html', '');
  const { rows, ledger } = measureBudgets(root, join(root, 'dist'));
  expect(ledger).toBe('/records/');
  const row = rows.find((r) => r.id === 'ledger-js')!;
  expect(row.budget).toBe(rows.find((r) => r.page === '/regulations/')!.bytes + 25 * 1024);
  expect(rows.some((r) => r.id === 'content-js' && r.page === '/records/')).toBe(false);
});
