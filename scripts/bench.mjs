// Prints the site's size and speed figures, each with its budget. It reports; the
// byte budgets are enforced by scripts/check-budgets.mjs in npm test, timings never.
// --no-build: measure dist/ as it is; --no-lighthouse: skip the Lighthouse scores (about 2 minutes).
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { budgetLines, measureBudgets } from './lib/budgets.mjs';
import { initialJs, kb } from './lib/page-weight.mjs';
import { runLighthouse } from './lighthouse.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const base = process.env.BASE_PATH || '/';

function timeBuild() {
  const t0 = performance.now();
  // The same build as `npm run build` (CSP, offline worker and link check included), so dist/ stays usable.
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - t0) / 1000;
}

function dirSize(dir) {
  let total = 0;
  let files = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const s = statSync(p);
    if (s.isDirectory()) {
      const sub = dirSize(p);
      total += sub.total;
      files += sub.files;
    } else {
      total += s.size;
      files += 1;
    }
  }
  return { total, files };
}

const seconds = process.argv.includes('--no-build') ? null : timeBuild();
const pages = readdirSync(dist, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
console.log('党员教育培训工作指南 · 性能数据');
if (seconds !== null) console.log(`构建时间：${seconds.toFixed(1)} 秒（${pages} 个页面）`);
console.log('首次加载 JS（交互前载入的脚本，含内联脚本和静态引入）：');
for (const [label, path] of [
  ['首页', '/'],
  ['内容页', '/regulations/'],
  ['使用说明（小组件）', '/about/'],
  ['自评表页面', '/checklists/zhibu-ziping/'],
  ['台账页面', '/taizhang/'],
]) {
  const { raw, gz, files } = initialJs(dist, path, base);
  console.log(`  ${label} ${path}：${kb(raw)} 原始 / ${kb(gz)} gzip，${files} 个文件`);
}
const { rows, ledger } = measureBudgets(root, dist, base);
console.log('字节预算（npm test 检查）：');
for (const line of budgetLines(rows)) console.log(line);
if (!ledger) console.log('  台账页面：还没有，跳过');
const index = dirSize(join(dist, 'pagefind'));
console.log(`Pagefind 索引：${kb(index.total)}，${index.files} 个文件`);
if (!process.argv.includes('--no-lighthouse')) await runLighthouse();
