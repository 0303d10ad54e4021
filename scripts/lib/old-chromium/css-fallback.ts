// A second copy of each built stylesheet for Chromium 86–98, which drop every rule inside @layer
// (Chromium 99+) and, before 88, every rule using :is()/:where(). Newer browsers never load or apply
// the copy, so their cascade is exactly the one written. The test for "old" is
// `text-emphasis: dot` not being supported: the unprefixed property arrived in Chromium 99 together
// with cascade layers, and Firefox (46) and Safari (7) have long had it. Copies of stylesheet files
// go to separate files that a small inline script loads only there; copies of <style> blocks stay
// inline inside `@supports not (text-emphasis: dot)`.
//
// In the copy, layers become specificity: a rule in the n-th layer gets n × idStep always-true
// `:not(#\#)` tests, unlayered rules the most (for !important the other way round), so later layers
// win as they do with @layer. The layer order and idStep are the same for every stylesheet of the site,
// which is why this runs once over the whole build rather than file by file. Selector rewrites that
// change specificity are evened out with padding up to a common gain, so the rules keep their order.
import postcss, { type AtRule, type ChildNode, type Container, type Declaration, type Root, type Rule } from 'postcss';
import { downlevelSelector, padSelector, specificity, type Specificity } from './css-selectors.ts';

export const OLD_CHROMIUM_CONDITION = 'not (text-emphasis:dot)';

export interface SiteCss {
  /** Layer names in cascade order, as first declared across the site's stylesheets. */
  layers: string[];
  /** Ids per layer step: one more than the most ids in any selector. */
  idStep: number;
  /** The largest specificity gain of any selector rewrite in ids and classes (elements: see copyFor). */
  gain: Specificity;
}

const isLayer = (n: ChildNode): n is AtRule => n.type === 'atrule' && n.name.toLowerCase() === 'layer';

function layerOf(rule: Rule): string | undefined {
  const names: string[] = [];
  for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) {
    if (p.type === 'atrule' && isLayer(p as AtRule)) names.unshift((p as AtRule).params.trim());
  }
  return names.length ? names.join('.') : undefined;
}

function inKeyframes(rule: Rule): boolean {
  for (let p = rule.parent; p && p.type !== 'root'; p = p.parent) if (p.type === 'atrule' && /keyframes$/i.test((p as AtRule).name)) return true;
  return false;
}

/** Gathers what the copies of all stylesheets must agree on. */
export function analyseSiteCss(sheets: string[]): SiteCss {
  const layers: string[] = [];
  const add = (name: string) => {
    const parts = name.split('.');
    for (let i = 1; i <= parts.length; i++) {
      const n = parts.slice(0, i).join('.');
      if (!layers.includes(n)) layers.push(n);
    }
  };
  let ids = 0;
  const gain = { a: 0, b: 0, c: 0 };
  const used = new Set<string>();
  for (const css of sheets) {
    const root = postcss.parse(css);
    root.walkAtRules(/^layer$/i, (at) => {
      const prefix: string[] = [];
      for (let p = at.parent; p && p.type !== 'root'; p = p.parent) if (p.type === 'atrule' && isLayer(p as AtRule)) prefix.unshift((p as AtRule).params.trim());
      for (const name of at.params.split(',').map((s) => s.trim()).filter(Boolean)) add([...prefix, name].join('.'));
    });
    root.walkRules((rule) => {
      if (inKeyframes(rule)) return;
      const layer = layerOf(rule);
      if (layer !== undefined) used.add(layer);
      for (const sel of rule.selectors) {
        // Only layered selectors need headroom: unlayered rules rank above every layer anyway.
        if (layer !== undefined) ids = Math.max(ids, specificity(sel).a);
        for (const d of downlevelSelector(sel)) for (const k of ['a', 'b'] as const) gain[k] = Math.max(gain[k], d.gain[k]);
      }
    });
  }
  // A parent layer ranks after its sublayers (its own rules beat theirs).
  const order = [...layers].sort((x, y) => {
    const [px, py] = [x.split('.'), y.split('.')];
    for (let i = 0; i < Math.min(px.length, py.length); i++) {
      if (px[i] !== py[i]) return layers.indexOf(px.slice(0, i + 1).join('.')) - layers.indexOf(py.slice(0, i + 1).join('.'));
    }
    return py.length - px.length;
  });
  // Layers without rules of their own (here the parent `starlight`) need no step.
  return { layers: order.filter((l) => used.has(l)), idStep: ids + 1, gain };
}

// Logical shorthands that arrived in Chromium 87, as physical longhands (the site is left to right).
const SIDES: Record<string, [string, string]> = {
  'margin-inline': ['margin-left', 'margin-right'],
  'margin-block': ['margin-top', 'margin-bottom'],
  'padding-inline': ['padding-left', 'padding-right'],
  'padding-block': ['padding-top', 'padding-bottom'],
  'inset-inline': ['left', 'right'],
  'inset-block': ['top', 'bottom'],
  'border-inline': ['border-left', 'border-right'],
  'border-block': ['border-top', 'border-bottom'],
};
const SINGLE: Record<string, string> = {
  'inset-inline-start': 'left',
  'inset-inline-end': 'right',
  'inset-block-start': 'top',
  'inset-block-end': 'bottom',
};

/** Splits a value at top-level spaces: `calc(a + b) 0` → ['calc(a + b)', '0']. */
export function splitValue(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of value.trim()) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (/\s/.test(ch) && depth === 0) {
      if (cur) out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}

const WHOLE_VAR = /^var\(\s*(--[\w-]+)\s*(?:,\s*(.+))?\)$/;

/** Names of custom properties used as the whole value of a two-sided logical shorthand. */
function sidedVars(root: Root): Set<string> {
  const names = new Set<string>();
  root.walkDecls((d) => {
    const m = SIDES[d.prop.toLowerCase()] && WHOLE_VAR.exec(d.value.trim());
    if (m) names.add(m[1]!);
  });
  return names;
}

function physical(decl: Declaration, varsToSplit: Set<string>) {
  const prop = decl.prop.toLowerCase();
  const important = decl.important;
  const set = (p: string, v: string) => decl.cloneBefore({ prop: p, value: v, important });
  if (SINGLE[prop]) {
    set(SINGLE[prop], decl.value);
    decl.remove();
  } else if (SIDES[prop]) {
    const [start, end] = SIDES[prop];
    const whole = WHOLE_VAR.exec(decl.value.trim());
    if (whole) {
      // `margin-inline: var(--x, auto)`: the custom property's own declarations are split too (below).
      const fb = whole[2] ? splitValue(whole[2]) : [];
      const fbStart = fb[0] ? `, ${fb[0]}` : '';
      const fbEnd = fb.length ? `, ${fb[1] ?? fb[0]}` : '';
      set(start, `var(${whole[1]}-start${fbStart})`);
      set(end, `var(${whole[1]}-end${fbEnd})`);
    } else {
      const parts = splitValue(decl.value);
      const twoSided = !prop.startsWith('border');
      set(start, twoSided ? parts[0]! : decl.value);
      set(end, twoSided ? (parts[1] ?? parts[0]!) : decl.value);
    }
    decl.remove();
  } else if (prop === 'inset') {
    const [t, r = t, b = t, l = r] = splitValue(decl.value);
    set('top', t!);
    set('right', r!);
    set('bottom', b!);
    set('left', l!);
    decl.remove();
  } else if (varsToSplit.has(decl.prop)) {
    const parts = splitValue(decl.value);
    decl.cloneAfter({ prop: `${decl.prop}-end`, value: parts[1] ?? parts[0] ?? '' });
    decl.cloneAfter({ prop: `${decl.prop}-start`, value: parts[0] ?? '' });
  } else if (prop === 'overflow' && decl.value.trim() === 'clip') {
    set(prop, 'hidden'); // clip: Chromium 90
  }
}

/**
 * `color-mix()` arrived in Chromium 111 (also after 99–110 browsers that use the original rules):
 * put the mix's dominant colour first, so older browsers have a value and newer ones still use the mix.
 */
export function addColorMixFallbacks(root: Container): void {
  root.walkDecls((decl) => {
    if (!/color-mix\(/i.test(decl.value) || decl.prop.startsWith('--')) return;
    const m = /color-mix\(\s*in\s+[\w-]+\s*,\s*(.+?)\s*(\d+%)?\s*,\s*(.+?)\s*(\d+%)?\s*\)/i.exec(decl.value);
    if (!m) return;
    const p1 = m[2] ? parseFloat(m[2]) : m[4] ? 100 - parseFloat(m[4]) : 50;
    const fallback = p1 >= 50 ? m[1]! : m[3]!;
    decl.cloneBefore({ value: decl.value.replace(m[0], fallback) });
  });
}

function copyFor(css: string, site: SiteCss): Root {
  const root = postcss.parse(css);
  // Rules that parse in old browsers and are not style rules stay only in the original.
  root.walkAtRules((at) => {
    if (/^(font-face|keyframes|-webkit-keyframes|import|charset|page|namespace|property)$/i.test(at.name)) at.remove();
    else if (isLayer(at) && !at.nodes) at.remove();
  });
  const split = sidedVars(root);
  const top = site.layers.length;
  root.walkRules((rule) => {
    if (inKeyframes(rule)) return;
    const layer = layerOf(rule);
    const rank = layer === undefined ? top : Math.max(0, site.layers.indexOf(layer));
    // Element-level differences (e.g. :not(a, b, c) spelt out as three :not()) are not evened out:
    // padding them would add many tests to every selector for what rarely decides a conflict.
    const important = rule.nodes.filter((n): n is Declaration => n.type === 'decl' && n.important === true);
    if (important.length > 0 && important.length < rule.nodes.filter((n) => n.type === 'decl').length) {
      const imp = rule.cloneBefore();
      imp.each((n) => {
        if (!(n.type === 'decl' && n.important)) n.remove();
      });
      important.forEach((d) => d.remove());
      rewrite(imp, top - rank);
    }
    rewrite(rule, important.length > 0 && important.length === rule.nodes.filter((n) => n.type === 'decl').length ? top - rank : rank);
  });
  function rewrite(rule: Rule, rank: number) {
    const selectors = rule.selectors.flatMap((sel) =>
      downlevelSelector(sel).map((d) =>
        padSelector(d.selector, { a: site.gain.a - d.gain.a + rank * site.idStep, b: site.gain.b - d.gain.b, c: 0 }),
      ),
    );
    if (selectors.length === 0) rule.remove();
    else rule.selectors = selectors;
    rule.walkDecls((d) => physical(d, split));
  }
  root.walkAtRules(/^layer$/i, (at) => {
    at.replaceWith(at.nodes ?? []);
  });
  // Unwrapping can leave layers nested in layers; repeat until none remain.
  while (root.some((n) => n.type === 'atrule' && isLayer(n))) root.walkAtRules(/^layer$/i, (at) => void at.replaceWith(at.nodes ?? []));
  addColorMixFallbacks(root);
  root.walk((n) => {
    if ((n.type === 'atrule' || n.type === 'rule') && n.nodes && n.nodes.length === 0) n.remove();
  });
  return root;
}

/** The stylesheet as written, plus fallbacks that leave newer browsers' result unchanged. */
export function withFallbacks(css: string): string {
  const root = postcss.parse(css);
  addColorMixFallbacks(root);
  return root.toString();
}

/** The copy for Chromium 86–98, wrapped so that newer browsers ignore it ('' when nothing is left). */
export function oldChromiumCopy(css: string, site: SiteCss): string {
  const copy = copyFor(css, site);
  return copy.nodes.length ? `@supports ${OLD_CHROMIUM_CONDITION}{${copy.toString()}}` : '';
}

/**
 * Loads each page stylesheet's copy (`x.css` → `x.old.css`) in Chromium 86–98 only. Inline and
 * before the page renders, so old browsers do not flash unstyled; newer ones fetch nothing.
 */
export const OLD_CHROMIUM_LOADER =
  'if(window.CSS&&!CSS.supports("text-emphasis","dot"))for(var l=document.querySelectorAll(\'link[rel=stylesheet][href*="/_astro/"]\'),i=0;i<l.length;i++)' +
  'document.write(\'<link rel="stylesheet" href="\'+l[i].getAttribute("href").replace(/\\.css$/,".old.css")+\'" media="\'+(l[i].media||"all")+\'">\')';

export const oldCopyPath = (cssPath: string) => cssPath.replace(/\.css$/, '.old.css');

/** Puts the loader after the page's last stylesheet link, so it sees them all. */
export function withOldChromiumLoader(html: string): string {
  const links = [...html.matchAll(/<link rel="stylesheet" href="[^"]*\/_astro\/[^"]*"[^>]*>/g)];
  const last = links.at(-1);
  if (!last) return html;
  const at = last.index + last[0].length;
  return `${html.slice(0, at)}<script>${OLD_CHROMIUM_LOADER}</script>${html.slice(at)}`;
}
