// Fails the build when a built script uses syntax Chromium 86 cannot parse (see scripts/lib/old-chromium/js-syntax.ts).
// Covers the bundles in _astro/, Pagefind's own files and the scripts inlined in each page.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium86SyntaxProblems } from './lib/old-chromium/js-syntax.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const INLINE = /<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

// Vite's chunks are modules; Pagefind ships both modules and classic scripts: either parse will do.
function problemsOf(code, types) {
  let first;
  for (const type of types) {
    const problems = chromium86SyntaxProblems(code, type);
    if (problems.length === 0) return [];
    first ??= problems;
  }
  return first;
}

const report = [];
let scripts = 0;
for (const file of files(dist)) {
  const rel = relative(dist, file);
  if (/\.m?js$/.test(file)) {
    scripts += 1;
    const types = rel.startsWith('_astro/') ? ['module'] : ['module', 'script'];
    for (const p of problemsOf(readFileSync(file, 'utf8'), types)) report.push(`${rel}:${p.line} ${p.feature}`);
  } else if (file.endsWith('.html')) {
    for (const [, attrs, code] of readFileSync(file, 'utf8').matchAll(INLINE)) {
      if (/type="(?!module|text\/javascript)/.test(attrs)) continue; // JSON data, not code
      scripts += 1;
      const type = /type="module"/.test(attrs) ? 'module' : 'script';
      for (const p of problemsOf(code, [type])) report.push(`${rel}（内联脚本）:${p.line} ${p.feature}`);
    }
  }
}

if (report.length > 0) {
  console.error(`以下脚本使用了 Chromium 86 不支持的语法（构建目标见 astro.config.mjs 的 vite.build.target）：\n${[...new Set(report)].join('\n')}`);
  process.exit(1);
}
console.log(`脚本语法检查通过：${scripts} 个脚本均可在 Chromium 86 中解析。`);
