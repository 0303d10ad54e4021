// Adds the deploy base (e.g. /dyjy/) to root-relative links in rendered Markdown/MDX,
// so the same content works at a domain root and under an intranet sub-path.
import { defineHastPlugin, type HastPluginEntry } from 'satteri';

export function withBase(href: string, base: string): string {
  if (base === '/' || !href.startsWith('/') || href.startsWith('//')) return href;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return href === prefix || href.startsWith(prefix + '/') ? href : prefix + href;
}

export function baseLinksPlugin(base: string): HastPluginEntry {
  return defineHastPlugin({
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string') ctx.setProperty(node, 'href', withBase(href, base));
      },
    },
  });
}
