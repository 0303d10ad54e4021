import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every page of the built site, as a site path (/, /about/, …). */
export function builtPages(dir = 'dist'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : builtPages(p);
    return name === 'index.html' ? ['/' + relative('dist', dir).split(sep).join('/') + (dir === 'dist' ? '' : '/')] : [];
  });
}
