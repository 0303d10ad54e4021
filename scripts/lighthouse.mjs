// Lighthouse mobile scores of the built site (npm run bench): home, a content page, a checklist
// page, the report page, and a content page with search open. Debian's Chromium, headless, against
// `astro preview`. Scores are printed with the target (100), not checked: the performance score
// depends on the machine's load.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import lighthouse, { startFlow } from 'lighthouse';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CATEGORIES = [
  ['performance', '性能'],
  ['accessibility', '无障碍'],
  ['best-practices', '最佳实践'],
  ['seo', 'SEO'],
];

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, server) {
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`站点服务退出了（退出码 ${server.exitCode}）：请通过 npm run bench 运行（需要项目自带的 Node 24）`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`站点服务没有启动：${url}`);
}

const scores = (lhr, categories) =>
  categories.map(([id, name]) => {
    const score = lhr.categories[id]?.score;
    return `${name} ${score == null ? '—' : Math.round(score * 100)}`;
  }).join(' / ');

/** Names of the failing audits of the non-performance categories, so a score below 100 says why. */
function failing(lhr) {
  const ids = new Set(
    CATEGORIES.slice(1).flatMap(([id]) => (lhr.categories[id]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id)),
  );
  return [...ids].filter((id) => lhr.audits[id]?.score !== null && lhr.audits[id]?.score < 1);
}

function print(label, lhr, categories = CATEGORIES) {
  const bad = failing(lhr);
  console.log(`  ${label}：${scores(lhr, categories)}（目标各 100）${bad.length ? `；未通过：${bad.join(', ')}` : ''}`);
}

export async function runLighthouse() {
  if (!existsSync(CHROMIUM)) throw new Error(`找不到浏览器 ${CHROMIUM}：请先运行 npm test 的准备步骤或设置 CHROMIUM_PATH`);
  if (!existsSync(root + 'dist/index.html')) throw new Error('没有找到 dist/：请先运行 npm run build');
  const port = await freePort();
  const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');
  const server = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port)], {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const site = `http://localhost:${port}${base.replace(/\/$/, '')}`;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    await waitFor(site + '/', server);
    console.log('Lighthouse 移动端评分（Debian Chromium，模拟手机和慢速网络）：');
    for (const [label, path] of [
      ['首页', '/'],
      ['内容页', '/regulations/'],
      ['自评表页面', '/checklists/zhibu-ziping/'],
      ['报告页面', '/checklists/baogao/'],
    ]) {
      const page = await browser.newPage();
      const result = await lighthouse(site + path, { logLevel: 'error', output: 'json' }, undefined, page);
      print(`${label} ${path}`, result.lhr);
      await page.close();
    }
    // Search open: a snapshot of the page with the dialog and results showing. A snapshot has no
    // performance score (nothing loads); the other three categories are measured on what shows.
    const page = await browser.newPage();
    const flow = await startFlow(page, { name: '搜索' });
    await flow.navigate(site + '/regulations/');
    await page.keyboard.down('Control');
    await page.keyboard.press('k');
    await page.keyboard.up('Control');
    const input = '[data-search-panel] input[type="search"]';
    await page.waitForSelector(input);
    await page.type(input, '三会一课');
    await page.waitForSelector('[data-search-panel] a.search-hit');
    await flow.snapshot({ name: '搜索已打开' });
    const [, snapshot] = (await flow.createFlowResult()).steps;
    print('打开搜索并显示结果（快照，无性能分）', snapshot.lhr, CATEGORIES.slice(1));
    await page.close();
  } finally {
    await browser.close();
    server.kill();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runLighthouse();
