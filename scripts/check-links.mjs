// Fails the build when a built page links to a missing page, file or #anchor of this site.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractLinks, fileForPath, resolveLink } from './lib/link-check.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
const base = (process.env.BASE_PATH || '/').replace(/\/?$/, '/');

function* htmlFiles(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* htmlFiles(p);
    else if (name.endsWith('.html')) yield p;
  }
}

const pages = new Map();
for (const file of htmlFiles(dist)) {
  const rel = relative(dist, file).split(sep).join('/');
  pages.set(base + rel, extractLinks(readFileSync(file, 'utf8')));
}

const problems = [];
for (const [file, { links }] of pages) {
  const fromPath = file.replace(/index\.html$/, '');
  for (const href of links) {
    const r = resolveLink(href, fromPath);
    if (r.kind === 'external') continue;
    if (!r.path.startsWith(base)) {
      problems.push(`${file}: ${href} 指向站点之外的路径（未带部署路径 ${base}）`);
      continue;
    }
    const target = fileForPath(r.path);
    const onDisk = join(dist, target.slice(base.length));
    if (!existsSync(onDisk)) {
      problems.push(`${file}: ${href} 指向的页面或文件不存在`);
      continue;
    }
    if (r.hash && target.endsWith('.html')) {
      const targetPage = pages.get(target);
      if (targetPage && !targetPage.ids.has(r.hash)) problems.push(`${file}: ${href} 的锚点 #${r.hash} 在目标页面上不存在`);
    }
  }
}

if (problems.length) {
  console.error(`链接检查失败，共 ${problems.length} 处：\n` + problems.map((p) => '  - ' + p).join('\n'));
  process.exit(1);
}
console.log(`链接检查通过：${pages.size} 个页面的站内链接和锚点均有效。`);
