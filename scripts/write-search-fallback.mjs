// Writes dist/pagefind/fallback-text.json: every page Pagefind indexed, with its title, 类型 and
// searchable text, taken from Pagefind's own fragments. Browsers that cannot run Pagefind's
// WebAssembly (Chromium before 96) search this file instead, so both find the same pages.
// Runs after astro build (which runs Pagefind) and before build-sw, so the offline worker keeps it.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { textPageFrom } from '../src/lib/search/text-search.ts';

const pagefind = new URL('../dist/pagefind/', import.meta.url).pathname;
const fragments = join(pagefind, 'fragment');

const pages = readdirSync(fragments)
  .filter((name) => name.endsWith('.pf_fragment'))
  .map((name) => {
    // A fragment is gzip: a short signature, then the page's JSON.
    const raw = gunzipSync(readFileSync(join(fragments, name))).toString('utf8');
    const fragment = JSON.parse(raw.slice(raw.indexOf('{')));
    if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string') {
      throw new Error(`${name}：不是 Pagefind 的页面片段（缺少 url 或 content）`);
    }
    return textPageFrom(fragment);
  })
  .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
if (pages.length === 0) throw new Error('dist/pagefind/fragment 里没有页面：Pagefind 没有运行？');

const json = JSON.stringify(pages);
writeFileSync(join(pagefind, 'fallback-text.json'), json);
const kb = (n) => (n / 1024).toFixed(1);
console.log(
  `旧版浏览器搜索文本已写入：${pages.length} 个页面，${kb(Buffer.byteLength(json))} KB（gzip ${kb(gzipSync(json).length)} KB）。`,
);
