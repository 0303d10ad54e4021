// Vite wraps every import() of the built scripts in a preload helper (which fetches the imported
// chunk's own imports and CSS alongside it). Vite's helper weighs 0.9 KB gzip and the search box
// brings it to every page (content-page budget 5 KB); this one does the same job for this site in
// a quarter of that: module imports are preloaded, CSS is added once and waited for.
const HELPER_ID = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function smallPreloadHelper() {
  let base = '/';
  return {
    name: 'small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== HELPER_ID) return null;
      return `const seen = {};
export const __vitePreload = (load, deps) =>
  Promise.all((deps || []).map((dep) => {
    const href = ${JSON.stringify(base)} + dep;
    if (!(href in seen)) {
      seen[href] = null;
      if (!document.querySelector('link[href="' + href + '"]')) {
        const css = dep.endsWith('.css');
        const link = document.createElement('link');
        link.rel = css ? 'stylesheet' : 'modulepreload';
        link.href = href;
        if (css) seen[href] = new Promise((done) => { link.onload = link.onerror = done; });
        document.head.appendChild(link);
      }
    }
    return seen[href];
  })).then(load);
`;
    },
  };
}
