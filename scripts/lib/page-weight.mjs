// Bytes a built page costs a reader before any interaction. Shared by the budget check
// (scripts/check-budgets.mjs, in npm test) and npm run bench, so both report one figure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const kb = (n) => (n / 1024).toFixed(1) + ' KB';

/** The built file of a page path such as "/regulations/" under dist. */
export function pageFile(dist, pagePath) {
  return join(dist, pagePath, 'index.html');
}

export function pageExists(dist, pagePath) {
  return existsSync(pageFile(dist, pagePath));
}

/** The page's HTML, raw and gzip (what a server sends with compression on). */
export function htmlSize(dist, pagePath) {
  const html = readFileSync(pageFile(dist, pagePath));
  return { raw: html.length, gz: gzipSync(html).length };
}

/** Whether a <script>'s attributes make it run: no type, a JavaScript type or "module". */
function isScriptType(attrs) {
  const type = /\btype="([^"]*)"/.exec(attrs)?.[1].trim().toLowerCase();
  return !type || type === 'module' || type === 'text/javascript' || type === 'application/javascript';
}

/**
 * Scripts a page loads before any interaction: inline scripts plus module scripts, island
 * components and renderers, and their static imports. Dynamic import() chunks load only on use
 * and are not counted. `base` is the build's BASE_PATH; script URLs carry it.
 */
export function initialJs(dist, pagePath, base = '/') {
  const html = readFileSync(pageFile(dist, pagePath), 'utf8');
  const seen = new Set();
  // Inline scripts travel inside the page's one gzip stream, so they are compressed together. Data
  // blocks (type="application/json", ld+json: island props, 台账 rules) are page content, not script.
  const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\bsrc=/.test(m[1]) && isScriptType(m[1]) && m[2].trim())
    .map((m) => m[2])
    .join('\n');
  let raw = Buffer.byteLength(inline);
  let gz = inline ? gzipSync(inline).length : 0;
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)].map((m) => m[1]);
  queue.push(...[...html.matchAll(/component-url="([^"]+)"/g)].map((m) => m[1]));
  queue.push(...[...html.matchAll(/renderer-url="([^"]+)"/g)].map((m) => m[1]));
  queue.push(...[...html.matchAll(/<link rel="modulepreload" href="([^"]+)"/g)].map((m) => m[1]));
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url) || !url.startsWith(base)) continue;
    seen.add(url);
    const code = readFileSync(join(dist, url.slice(base.length)));
    raw += code.length;
    gz += gzipSync(code).length;
    // Static imports load at once; dynamic import() chunks load only on use.
    for (const m of code.toString().matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
      queue.push(new URL(m[1], 'http://x' + url).pathname);
    }
  }
  return { raw, gz, files: seen.size, urls: [...seen] };
}
