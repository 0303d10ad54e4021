// The search dialog's contents: a field, type filters, results (exact hits first, then 相关结果),
// loaded when the user first opens search. Plain DOM: this file and Pagefind are all a first
// search downloads besides the index. Where Pagefind cannot run, the same dialog searches the
// pages' plain text instead (text-index.ts, a separate download only such browsers make).
import { findPages, showRelated } from '../../../lib/search/engine';
import { canRunPagefind } from '../../../lib/search/pagefind-support';
import { excerpt } from '../../../lib/search/excerpt';
import { messages as m } from '../../../lib/search/messages';
import { containsQuery, queryParts } from '../../../lib/search/query';
import { loadPagefind, type PageData } from './pagefind-index';
import type { Searcher } from './searcher';

const TYPES = ['法规', '规划', '范文', '自评', '指南'];
/**
 * Results shown at first and added by each “显示更多结果”; a result's page text (2–8 KB each) is
 * loaded only when it is shown, which keeps a first search within 120 KB.
 */
const FIRST = 3;
const MORE = 6;

interface Props {
  type?: string;
  className?: string;
  textContent?: string;
  placeholder?: string;
  href?: string;
  hidden?: boolean;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node: HTMLElementTagNameMap[K] = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

export function mountSearchUI(panel: HTMLElement, base: string): HTMLInputElement {
  const input = el('input', { type: 'search', placeholder: m.placeholder });
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.setAttribute('aria-label', m.label);
  const clear = el('button', { type: 'button', className: 'search-clear', textContent: m.clear, hidden: true });
  const filters = el('div', { className: 'search-filters' });
  filters.setAttribute('role', 'radiogroup');
  filters.setAttribute('aria-label', m.filterLegend);
  const status = el('p', { className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = el('div', { className: 'search-results' });
  const more = el('button', { type: 'button', className: 'search-more', textContent: m.loadMore, hidden: true });
  panel.replaceChildren(el('div', { className: 'search-field' }, input, clear), filters, status, list, more);
  const pagefindRuns = canRunPagefind((globalThis as { WebAssembly?: typeof WebAssembly }).WebAssembly);
  if (!pagefindRuns) filters.after(el('p', { className: 'search-note', textContent: m.textSearchNote }));

  let filter: string | null = null;
  for (const type of [null, ...TYPES]) {
    const b = el('button', { type: 'button', textContent: type ?? m.filterAll });
    b.setAttribute('role', 'radio');
    b.setAttribute('aria-checked', String(type === filter));
    b.addEventListener('click', () => {
      filter = type;
      for (const other of Array.from(filters.children)) other.setAttribute('aria-checked', String(other === b));
      void run();
    });
    filters.append(b);
  }

  let index: Promise<Searcher> | undefined;
  const getIndex = () =>
    (index ??= pagefindRuns
      ? loadPagefind(base).then((idx) => ({ find: (raw, f) => findPages(raw, idx, f), data: (id) => idx.data(id) }))
      : import('./text-index').then(({ loadTextIndex }) => loadTextIndex(base)));

  let current = 0;
  /** The answer being shown: exact candidates not yet shown, then the other pages. */
  let state: {
    raw: string;
    parts: string[];
    words: string[];
    exactQueue: string[];
    exactTotal: number;
    others: string[];
    shownOthers: number;
  } | null = null;

  async function run() {
    const raw = input.value.trim();
    const ticket = ++current;
    clear.hidden = input.value === '';
    if (queryParts(raw).length === 0) {
      status.textContent = '';
      list.replaceChildren();
      more.hidden = true;
      state = null;
      return;
    }
    status.textContent = m.searching(raw);
    list.setAttribute('aria-busy', 'true');
    try {
      const idx = await getIndex();
      const { exact, related, words } = await idx.find(raw, filter);
      if (ticket !== current) return;
      state = { raw, parts: queryParts(raw), words, exactQueue: exact, exactTotal: exact.length, others: related, shownOthers: 0 };
      list.replaceChildren();
      await showMore(idx, ticket, FIRST);
    } catch (error) {
      if (ticket !== current) return;
      console.error(error);
      status.textContent = m.failed;
      list.replaceChildren();
      more.hidden = true;
    } finally {
      if (ticket === current) list.removeAttribute('aria-busy');
    }
  }

  /**
   * Shows the next results. Each exact candidate's text is checked as it is shown (its words may
   * stand in a row across punctuation); one that does not hold the query moves to the related pages.
   */
  async function showMore(idx: Searcher, ticket: number, count: number) {
    const s = state;
    if (!s) return;
    const items: { page: PageData; exact: boolean }[] = [];
    while (items.length < count && s.exactQueue.length > 0) {
      const ids = s.exactQueue.splice(0, count - items.length);
      const pages = await Promise.all(ids.map((id) => idx.data(id)));
      if (ticket !== current) return;
      const demoted: string[] = [];
      pages.forEach((page, i) => {
        if (containsQuery(page.content, s.parts)) items.push({ page, exact: true });
        else demoted.push(ids[i]!);
      });
      s.exactTotal -= demoted.length;
      s.others.splice(s.shownOthers, 0, ...demoted);
    }
    const othersVisible = showRelated(s.raw, s.exactTotal);
    if (items.length < count && s.exactQueue.length === 0 && othersVisible) {
      const ids = s.others.slice(s.shownOthers, s.shownOthers + count - items.length);
      const pages = await Promise.all(ids.map((id) => idx.data(id)));
      if (ticket !== current) return;
      s.shownOthers += ids.length;
      for (const page of pages) items.push({ page, exact: false });
    }
    for (const { page, exact } of items) {
      if (!exact && !list.querySelector('.search-related')) {
        const heading = el('h3', { className: 'search-related', textContent: m.relatedHeading });
        const note = el('p', { className: 'search-related-note', textContent: m.relatedNote });
        list.append(heading, note);
      }
      // A related page lacks the query as typed: its excerpt marks the words it shares.
      list.append(resultItem(page, exact ? s.parts : s.words));
    }
    if (s.exactTotal > 0) status.textContent = m.exactCount(s.raw, s.exactTotal);
    else if (s.others.length > 0) status.textContent = m.noExact(s.raw);
    else status.textContent = m.nothing(s.raw);
    more.hidden = s.exactQueue.length === 0 && (!othersVisible || s.shownOthers >= s.others.length);
  }

  function resultItem(page: PageData, parts: string[]) {
    const type = page.meta['类型'];
    const link = el('a', { href: page.url, className: 'search-hit' });
    const title = el('span', { className: 'search-title', textContent: page.meta['title'] ?? page.url });
    link.append(title);
    if (type) link.append(el('span', { className: 'search-type', textContent: m.typeMark(type) }));
    const text = el('p', { className: 'search-excerpt' });
    for (const piece of excerpt(page.content, parts)) {
      text.append(piece.mark ? el('mark', { textContent: piece.text }) : document.createTextNode(piece.text));
    }
    return el('article', {}, link, text);
  }

  // An input method composes a word in pinyin first; search once the characters are chosen.
  let composing = false;
  let timer: number | undefined;
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 150);
  };
  input.addEventListener('compositionstart', () => (composing = true));
  input.addEventListener('compositionend', () => {
    composing = false;
    schedule();
  });
  input.addEventListener('input', () => {
    if (!composing) schedule();
  });
  clear.addEventListener('click', () => {
    input.value = '';
    void run();
    input.focus();
  });
  more.addEventListener('click', () => {
    const ticket = current;
    more.disabled = true;
    void getIndex()
      .then((idx) => showMore(idx, ticket, MORE))
      .finally(() => (more.disabled = false));
  });

  // Arrow keys move between the field and the result links; Enter follows the focused link.
  panel.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const links = Array.from(list.getElementsByClassName('search-hit') as HTMLCollectionOf<HTMLAnchorElement>);
    if (links.length === 0) return;
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    e.preventDefault();
    if (e.key === 'ArrowDown') links[Math.min(at + 1, links.length - 1)]?.focus();
    else if (at <= 0) input.focus();
    else links[at - 1]?.focus();
  });
  // Start fetching the index while the user types the first word.
  void getIndex().catch(() => undefined);
  return input;
}
