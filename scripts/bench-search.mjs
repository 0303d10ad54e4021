// Bytes the browser downloads for the first search (open search on a content page, type 三会一课,
// results shown), with its parts and the budget, measured in Debian's Chromium against the built site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';
import { describeParts, FIRST_SEARCH_BUDGET, measureFirstSearch } from '../tests/e2e/search-bytes.ts';

const port = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address();
    s.close(() => resolve(port));
  });
});
if (!existsSync('/usr/bin/chromium')) {
  console.log('首次搜索下载量：未测量（没有 /usr/bin/chromium，先运行 npm test 安装）');
  process.exit(0);
}
const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)], { stdio: 'ignore' });
const base = `http://localhost:${port}`;
for (let i = 0; i < 150; i++) {
  try {
    if ((await fetch(base + '/')).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const parts = await measureFirstSearch(browser, base + '/regulations/tiaoli/');
  console.log(describeParts(parts));
  const total = parts.reduce((s, p) => s + p.bytes, 0);
  console.log(total <= FIRST_SEARCH_BUDGET ? '  在预算之内' : `  超出预算 ${((total - FIRST_SEARCH_BUDGET) / 1024).toFixed(1)} KB`);
} finally {
  await browser.close();
  server.kill();
}
