// Rewrites one selector for Chromium 86–87, which lack :is()/:where(), selector lists in :not() and
// :has(). :is/:where lists become separate selectors; :not(a, b) becomes :not(a):not(b). What cannot
// be said in the older grammar is dropped: a :not() around a descendant test (Starlight's
// `:not(:where(.not-content *))`) is left out, so the rule matches a little more; a selector with
// :has() or a pseudo-class 86 does not know is dropped, so the rule matches less.
import parser from 'postcss-selector-parser';
import { selectorSpecificity } from '@csstools/selector-specificity';

export interface Specificity {
  a: number;
  b: number;
  c: number;
}

const IS_LIKE = new Set([':is', ':where', ':matches', ':-webkit-any']);
// Pseudo-classes that arrived after Chromium 86; a selector using one never matches there.
const TOO_NEW = new Set([':has', ':popover-open', ':dir', ':modal', ':user-invalid', ':user-valid', ':autofill', ':fullscreen', '::file-selector-button', ':open', ':closed', ':state']);

type Sel = parser.Selector;

const isSimple = (s: Sel) => s.nodes.length === 1 && s.nodes[0]!.type !== 'combinator';

function firstPseudo(sel: Sel, names: Set<string>): parser.Pseudo | undefined {
  return sel.nodes.find((n): n is parser.Pseudo => n.type === 'pseudo' && names.has(n.value.toLowerCase()));
}

function tooNew(sel: Sel): boolean {
  let found = false;
  sel.walkPseudos((p) => {
    if (TOO_NEW.has(p.value.toLowerCase())) found = true;
  });
  return found;
}

/** Replaces the :is()-like pseudo at `pseudo` (a node of `sel`) with one argument. */
function substitute(sel: Sel, pseudo: parser.Pseudo, arg: Sel): Sel {
  const out = sel.clone() as Sel;
  const at = sel.nodes.indexOf(pseudo);
  const target = out.nodes[at]!;
  const lastComb = arg.nodes.map((n) => n.type).lastIndexOf('combinator');
  const tail = arg.nodes.slice(lastComb + 1).map((n) => n.clone());
  for (const n of tail) out.insertBefore(target, n);
  target.remove();
  if (lastComb >= 0) {
    // A complex argument (`.a .b`): its ancestors go in front. Exact when the pseudo is in the
    // first compound, which is how the built CSS uses it.
    const head = arg.nodes.slice(0, lastComb + 1).map((n) => n.clone());
    out.prepend(parser.combinator({ value: ' ' }));
    for (const n of head.reverse()) out.prepend(n);
    // prepend put a descendant combinator after the head's own trailing combinator: drop the extra.
    const idx = head.length;
    if (out.nodes[idx]?.type === 'combinator') out.nodes[idx]!.remove();
  }
  return out;
}

function expand(sel: Sel): Sel[] {
  if (tooNew(sel)) return [];
  const is = firstPseudo(sel, IS_LIKE);
  if (is) {
    const args = is.nodes.flatMap((arg) => expand(arg));
    return args.flatMap((arg) => expand(substitute(sel, is, arg)));
  }
  const not = sel.nodes.find(
    (n): n is parser.Pseudo => n.type === 'pseudo' && n.value.toLowerCase() === ':not' && (n.nodes.length > 1 || !n.nodes.every((a) => isSimple(a) && !firstPseudo(a, IS_LIKE))),
  );
  if (not) {
    const args = not.nodes.flatMap((arg) => expand(arg));
    const out = sel.clone() as Sel;
    const target = out.nodes[sel.nodes.indexOf(not)]!;
    for (const a of args.filter(isSimple)) {
      a.nodes[0]!.spaces = { before: '', after: '' };
      out.insertBefore(target, parser.pseudo({ value: ':not', nodes: [a] }));
    }
    target.remove();
    return expand(out);
  }
  return [sel];
}

export function specificity(selector: string | Sel): Specificity {
  const node = typeof selector === 'string' ? parser().astSync(selector) : selector;
  return selectorSpecificity(node as never);
}

export interface Downlevelled {
  selector: string;
  /** Specificity gained by the rewrite (may be negative), to be evened out with padding. */
  gain: Specificity;
}

export function downlevelSelector(selector: string): Downlevelled[] {
  const root = parser().astSync(selector);
  return root.nodes.flatMap((sel) => {
    const before = specificity(sel);
    return expand(sel).map((out) => {
      const after = specificity(out);
      return { selector: String(out).trim(), gain: { a: after.a - before.a, b: after.b - before.b, c: after.c - before.c } };
    });
  });
}

const PAD = { a: ':not(#\\#)', b: ':not(.\\#)', c: ':not(\\#)' };

/** Adds always-true :not() tests to raise a selector's specificity, in its first compound. */
export function padSelector(selector: string, add: Specificity): string {
  const padding = (['a', 'b', 'c'] as const).map((k) => PAD[k].repeat(Math.max(0, add[k]))).join('');
  if (!padding) return selector;
  const sel = parser().astSync(selector).nodes[0]!;
  const pads = parser().astSync(padding).nodes[0]!.nodes;
  // Before the first combinator or pseudo-element (`:before` too): nothing may follow a pseudo-element.
  const stop = sel.nodes.findIndex((n) => n.type === 'combinator' || parser.isPseudoElement(n));
  const before = stop === -1 ? undefined : sel.nodes[stop];
  for (const p of pads.map((n) => n.clone())) {
    if (before) sel.insertBefore(before, p);
    else sel.append(p);
  }
  return String(sel).trim();
}
