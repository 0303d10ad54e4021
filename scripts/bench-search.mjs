// Bytes the browser downloads for the first search (search UI, Pagefind, its index), measured in
// Debian's Chromium against the built site.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

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
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base + '/')).ok) break;
  } catch {
    await new Promise((r) => setTimeout(r, 200));
  }
}
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
  const page = await browser.newPage();
  await page.goto(base + '/regulations/tiaoli/');
  await page.waitForLoadState('networkidle');
  let bytes = 0;
  let files = 0;
  page.on('response', async (r) => {
    const body = await r.body().catch(() => null);
    if (body) {
      bytes += Number(r.headers()['content-length'] ?? body.length);
      files += 1;
    }
  });
  await page.keyboard.press('Control+k');
  await page.locator('.pagefind-ui__search-input').fill('三会一课');
  await page.locator('.pagefind-ui__result-link').first().waitFor();
  await page.waitForLoadState('networkidle');
  console.log(`首次搜索下载量（打开搜索并搜“三会一课”）：${(bytes / 1024).toFixed(1)} KB，${files} 个文件`);
} finally {
  await browser.close();
  server.kill();
}
