// Loads the Pagefind UI on first use and mounts it into the search dialog.
import { canRunPagefind, SEARCH_UNSUPPORTED } from '../../lib/old-browsers/search-support';

let mounted: Promise<void> | undefined;

interface Result {
  meta: Record<string, string>;
}

/**
 * Chinese is typed through an input method: while a word is being composed the field holds
 * pinyin, so searching on every keystroke would flash results for "sanhui". Input events are
 * held back during composition and one is sent when the word is committed.
 */
function holdInputDuringComposition(root: HTMLElement) {
  let composing = false;
  root.addEventListener('compositionstart', () => (composing = true), true);
  root.addEventListener(
    'compositionend',
    (e) => {
      composing = false;
      e.target?.dispatchEvent(new Event('input', { bubbles: true }));
    },
    true,
  );
  root.addEventListener('input', (e) => composing && e.stopImmediatePropagation(), true);
}

export function mountSearch(host: HTMLElement): Promise<void> {
  mounted ??= (async () => {
    if (!canRunPagefind(globalThis.WebAssembly)) {
      const note = document.createElement('p');
      note.setAttribute('role', 'alert');
      note.textContent = SEARCH_UNSUPPORTED;
      host.querySelector('#starlight__search')!.replaceChildren(note);
      return;
    }
    const [{ PagefindUI }] = await Promise.all([
      // @ts-expect-error: the package ships no type declarations.
      import('@pagefind/default-ui') as Promise<{ PagefindUI: new (opts: object) => unknown }>,
      import('@pagefind/default-ui/css/ui.css'),
    ]);
    const base = host.dataset.base ?? '/';
    const mountPoint = host.querySelector<HTMLElement>('#starlight__search')!;
    mountPoint.replaceChildren();
    holdInputDuringComposition(mountPoint);
    new PagefindUI({
      element: mountPoint,
      baseUrl: base,
      bundlePath: base.replace(/\/$/, '') + '/pagefind/',
      showImages: false,
      showSubResults: true,
      translations: JSON.parse(host.dataset.translations ?? '{}'),
      // The page's 类型 (法规/规划/范文/自评/指南) beside its title.
      processResult: (result: Result) => {
        const type = result.meta['类型'];
        if (type) result.meta['title'] = `${result.meta['title']}〔${type}〕`;
        return result;
      },
    });
  })();
  return mounted;
}
