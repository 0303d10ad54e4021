// Fails when the built site exceeds a byte budget (scripts/lib/budgets.mjs); run by npm test after the build.
// Prints every figure with its budget.
import { budgetLines, measureBudgets } from './lib/budgets.mjs';
import { kb } from './lib/page-weight.mjs';

const root = new URL('..', import.meta.url).pathname;
const base = process.env.BASE_PATH || '/';
const { rows, ledger } = measureBudgets(root, root + 'dist', base);

console.log('字节预算检查（gzip）：');
for (const line of budgetLines(rows)) console.log(line);
if (ledger) console.log(`  （台账页面按载入台账组件的页面认定：${ledger}）`);
else console.log('  台账页面：本次构建中还没有台账页面（没有页面带 data-island="ledger"），跳过。');
const over = rows.filter((r) => r.bytes > r.budget);
if (over.length) {
  console.error(`超出预算 ${over.length} 项：`);
  for (const r of over) console.error(`  ${r.label} ${r.page}：${kb(r.bytes)}，预算 ${kb(r.budget)}，超出 ${kb(r.bytes - r.budget)}`);
  process.exit(1);
}
console.log('字节预算检查通过。');
