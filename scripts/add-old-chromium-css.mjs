// Gives every built stylesheet a copy that Chromium 86–98 can use (see
// scripts/lib/old-chromium/css-fallback.ts): x.css gets x.old.css, loaded by a line of script in each page
// only in those browsers; a <style> block gets its copy appended. Runs over the whole build at once:
// the copies must agree on the layer order and specificity steps.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyseSiteCss, oldChromiumCopy, oldCopyPath, withFallbacks, withOldChromiumLoader } from './lib/old-chromium/css-fallback.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const STYLE = /<style([^>]*)>([\s\S]*?)<\/style>/g;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else yield p;
  }
}

const cssFiles = [];
const pages = [];
for (const f of files(dist)) {
  if (f.endsWith('.old.css')) throw new Error(`${f} 已存在：请重新运行 astro build 后再运行本脚本。`);
  if (f.endsWith('.css') && f.includes('/_astro/')) cssFiles.push(f);
  else if (f.endsWith('.html')) pages.push(f);
}
const inline = pages.flatMap((p) => [...readFileSync(p, 'utf8').matchAll(STYLE)].map((m) => m[2]));
const site = analyseSiteCss([...cssFiles.map((f) => readFileSync(f, 'utf8')), ...inline]);

const inlineDone = new Map();
const convertInline = (css) => {
  if (!inlineDone.has(css)) inlineDone.set(css, withFallbacks(css) + oldChromiumCopy(css, site));
  return inlineDone.get(css);
};
for (const f of cssFiles) {
  const css = readFileSync(f, 'utf8');
  writeFileSync(oldCopyPath(f), oldChromiumCopy(css, site));
  writeFileSync(f, withFallbacks(css));
}
for (const p of pages) {
  const html = readFileSync(p, 'utf8');
  writeFileSync(p, withOldChromiumLoader(html.replace(STYLE, (_, attrs, css) => `<style${attrs}>${convertInline(css)}</style>`)));
}
console.log(`旧版浏览器样式已生成：${cssFiles.length} 个样式文件、${pages.length} 个页面（层级顺序：${site.layers.join(' < ')}）。`);
