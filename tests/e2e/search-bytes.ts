// What the first search downloads: open search on a content page, type 三会一课, results shown.
// Sizes are gzip sizes: Pagefind's index, fragments and wasm are stored gzipped and count as
// they are; other files count as gzip -9 of their body (what a compressing server sends).
import { gzipSync } from 'node:zlib';
import type { Browser, Request } from 'playwright-core';

export const FIRST_SEARCH_BUDGET = 120 * 1024;

export interface Part {
  file: string;
  kind: string;
  bytes: number;
}

function kindOf(path: string): string {
  if (path.endsWith('.pf_index')) return '索引分块';
  if (path.endsWith('.pf_fragment')) return '页面片段';
  if (path.includes('wasm.')) return 'WebAssembly';
  if (path.endsWith('/pagefind.js')) return 'pagefind.js';
  if (path.endsWith('pagefind-worker.js')) return '搜索线程';
  if (path.includes('/pagefind/')) return '索引元数据';
  return '搜索界面';
}

export async function measureFirstSearch(browser: Browser, url: string, query = '三会一课'): Promise<Part[]> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    const pending: Promise<Part | null>[] = [];
    page.on('requestfinished', (request: Request) => {
      pending.push(
        (async () => {
          const response = await request.response();
          const body = await response?.body().catch(() => null);
          if (!body) return null;
          const path = new URL(request.url()).pathname;
          const gzipped = body[0] === 0x1f && body[1] === 0x8b;
          return { file: path, kind: kindOf(path), bytes: gzipped ? body.length : gzipSync(body, { level: 9 }).length };
        })(),
      );
    });
    await page.keyboard.press('Control+k');
    await page.locator('[data-search-panel] input[type="search"]').fill(query);
    await page.locator('a.search-hit').first().waitFor();
    await page.waitForLoadState('networkidle');
    return (await Promise.all(pending)).filter((p): p is Part => p !== null);
  } finally {
    await page.close();
  }
}

/** One line per kind of file, largest first, and the total. */
export function describeParts(parts: Part[]): string {
  const byKind = new Map<string, { bytes: number; files: number }>();
  for (const p of parts) {
    const k = byKind.get(p.kind) ?? { bytes: 0, files: 0 };
    k.bytes += p.bytes;
    k.files += 1;
    byKind.set(p.kind, k);
  }
  const kb = (n: number) => (n / 1024).toFixed(1);
  const total = parts.reduce((s, p) => s + p.bytes, 0);
  const lines = [...byKind]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([kind, { bytes, files }]) => `  ${kind}：${kb(bytes)} KB（${files} 个文件）`);
  return [`首次搜索下载量（打开搜索并搜“三会一课”）：${kb(total)} KB gzip，预算 ${kb(FIRST_SEARCH_BUDGET)} KB`, ...lines].join('\n');
}
