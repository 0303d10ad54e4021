// Synthetic scale test: builds a copy of the site with N extra generated pages and
// prints build time and search-index size, to see that both grow about linearly.
// Usage: node scripts/bench-scale.mjs [N=1000]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';

const n = Number(process.argv[2] ?? 1000);
const root = new URL('..', import.meta.url).pathname;
// The generated pages go into the real content folder (Astro resolves packages from the project)
// and are removed again afterwards; the build goes to a temporary folder, so dist/ is untouched.
const pagesDir = join(root, 'content/docs/scale-bench');
const outDir = mkdtempSync(join(tmpdir(), 'dyjy-scale-'));

// Page text drawn from the site's own requirement summaries, so segmentation sees real Chinese.
const sentences = readdirSync(join(root, 'content/requirements')).flatMap((f) => parseYaml(readFileSync(join(root, 'content/requirements', f), 'utf8')).requirements.map((r) => r.summary));
mkdirSync(pagesDir);
for (let i = 0; i < n; i++) {
  const body = Array.from({ length: 12 }, (_, k) => sentences[(i * 7 + k) % sentences.length]).join('\n\n');
  writeFileSync(join(pagesDir, `p${i}.md`), `---\ntitle: 压力测试页面 ${i}\n---\n\n## 第${i}节\n\n${body}\n`);
}

const dirSize = (d) => readdirSync(d).reduce((t, f) => t + (statSync(join(d, f)).isDirectory() ? dirSize(join(d, f)) : statSync(join(d, f)).size), 0);
try {
  const t0 = performance.now();
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], { cwd: root, stdio: 'ignore', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  const seconds = (performance.now() - t0) / 1000;
  console.log(`规模测试：另加 ${n} 个页面，构建 ${seconds.toFixed(1)} 秒，搜索索引 ${(dirSize(join(outDir, 'pagefind')) / 1024 / 1024).toFixed(1)} MB`);
} finally {
  rmSync(pagesDir, { recursive: true, force: true });
  rmSync(outDir, { recursive: true, force: true });
}
