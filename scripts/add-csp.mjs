// Adds a Content-Security-Policy to every built page (see scripts/lib/csp.ts).
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withCsp } from './lib/csp.ts';

const dist = new URL('../dist/', import.meta.url).pathname;
let pages = 0;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.html')) {
      writeFileSync(p, withCsp(readFileSync(p, 'utf8')));
      pages += 1;
    }
  }
}
walk(dist);
console.log(`安全策略（CSP）已写入 ${pages} 个页面。`);
