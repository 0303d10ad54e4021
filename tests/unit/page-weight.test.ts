import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { initialJs } from '../../scripts/lib/page-weight.mjs';

function site(files: Record<string, string>): string {
  const dist = mkdtempSync(join(tmpdir(), 'page-weight-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), text);
  }
  return dist;
}

const entry = 'import{a}from"./shared.js";const later=()=>import("./lazy.js");a(later);';
const shared = 'export const a=(f)=>f;';
const lazy = 'export default "only on click";';

test('首次加载 JS 计入内联脚本、模块脚本和它的静态引入，不计按需载入的块和 JSON-LD', () => {
  const dist = site({
    'p/index.html': `<html><head><script>var t=1;</script><script type="application/ld+json">{"x":1}</script><script type="module" src="/_astro/entry.js"></script></head></html>`,
    '_astro/entry.js': entry,
    '_astro/shared.js': shared,
    '_astro/lazy.js': lazy,
  });
  const js = initialJs(dist, '/p/');
  expect(js.urls).toEqual(['/_astro/entry.js', '/_astro/shared.js']);
  expect(js.raw).toBe('var t=1;'.length + entry.length + shared.length);
  expect(js.gz).toBe(gzipSync('var t=1;').length + gzipSync(entry).length + gzipSync(shared).length);
});

test('内联脚本随页面一起压缩，按合在一起的大小计，JSON 数据块不算脚本；子路径部署时按去掉前缀后的文件计', () => {
  const dist = site({
    'p/index.html': `<script>var a=1;</script><div></div><script type="application/json">{"props":1}</script><script type="module">var b=2;</script><astro-island component-url="/dyjy/_astro/shared.js"></astro-island>`,
    '_astro/shared.js': shared,
  });
  const js = initialJs(dist, '/p/', '/dyjy/');
  expect(js.urls).toEqual(['/dyjy/_astro/shared.js']);
  expect(js.gz).toBe(gzipSync('var a=1;\nvar b=2;').length + gzipSync(shared).length);
});
