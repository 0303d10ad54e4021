// Prints the site's size and speed figures (design.md §10). It reports; it does not fail on timing.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'dist');
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

function timeBuild() {
  const t0 = performance.now();
  // The same build as `npm run build` (CSP and link check included), so dist/ stays usable.
  execFileSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return (performance.now() - t0) / 1000;
}

/** Scripts a page loads before any interaction: inline scripts plus module scripts and their static imports. */
function initialJs(pagePath) {
  const html = readFileSync(join(dist, pagePath, 'index.html'), 'utf8');
  const seen = new Set();
  let raw = 0;
  let gz = 0;
  for (const m of html.matchAll(/<script(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)) {
    const srcMatch = m[0].match(/src="([^"]+)"/);
    if (!srcMatch && m[1].trim()) {
      raw += Buffer.byteLength(m[1]);
      gz += gzipSync(m[1]).length;
    }
  }
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  queue.push(...[...html.matchAll(/component-url="([^"]+)"/g)].map((m) => m[1]));
  queue.push(...[...html.matchAll(/renderer-url="([^"]+)"/g)].map((m) => m[1]));
  queue.push(...[...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith('/')) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url));
    raw += code.length;
    gz += gzipSync(code).length;
    // Static imports load at once; dynamic import() chunks load only on use.
    for (const m of code.toString().matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(m[1], 'http://x' + url).pathname);
    }
  }
  return { raw, gz, files: seen.size };
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
console.log('党员教育培训工作指南 · 性能数据（预算：内容页首次加载 JS ≤ 10 KB gzip；自评表在此基础上 ≤ 20 KB gzip）');
if (seconds !== null) console.log(`构建时间：${seconds.toFixed(1)} 秒（${pages} 个页面）`);
const samples = [
  ['首页', ''],
  ['内容页', 'regulations'],
  ['使用说明（小组件）', 'about'],
  ['自评表页面', 'checklists/zhibu-ziping'],
  ['台账页面（预算：在内容页基础上 ≤ 25 KB gzip）', 'taizhang'],
];
for (const [label, path] of samples) {
  const { raw, gz, files } = initialJs(path);
  console.log(`首次加载 JS（${label} /${path}）：${kb(raw)} 原始 / ${kb(gz)} gzip，${files} 个文件`);
}
const index = dirSize(join(dist, 'pagefind'));
console.log(`Pagefind 索引：${kb(index.total)}，${index.files} 个文件`);
