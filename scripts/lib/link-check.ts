// Internal link check over built HTML: every same-site link must point at a page or file that
// exists, and every #fragment at an element id on that page. Checking the output (not the
// Markdown) also covers links written by components.

export interface PageLinks {
  ids: Set<string>;
  links: string[];
}

const decodeEntities = (s: string) =>
  s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

const safeDecode = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

export function extractLinks(html: string): PageLinks {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(decodeEntities(m[1]!));
  const links: string[] = [];
  for (const m of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) links.push(decodeEntities(m[1]!));
  return { ids, links };
}

export type Resolution = { kind: 'external' } | { kind: 'internal'; path: string; hash: string | null };

/** Resolves an href found on `fromPath` (a site path such as /about/) against the site base. */
export function resolveLink(href: string, fromPath: string): Resolution {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return { kind: 'external' };
  const url = new URL(href, 'http://site' + fromPath);
  const hash = url.hash ? safeDecode(url.hash.slice(1)) : null;
  return { kind: 'internal', path: safeDecode(url.pathname), hash };
}

/** The file in the built site that serves a path, or null for a path that cannot be a file. */
export function fileForPath(path: string): string {
  if (path.endsWith('/')) return path + 'index.html';
  return path;
}
