// Loads the Pagefind UI on first use and mounts it into the search dialog.
let mounted: Promise<void> | undefined;

export function mountSearch(host: HTMLElement): Promise<void> {
  mounted ??= (async () => {
    const [{ PagefindUI }] = await Promise.all([
      // @ts-expect-error: the package ships no type declarations.
      import('@pagefind/default-ui') as Promise<{ PagefindUI: new (opts: object) => unknown }>,
      import('@pagefind/default-ui/css/ui.css'),
    ]);
    const base = host.dataset.base ?? '/';
    const mountPoint = host.querySelector('#starlight__search')!;
    mountPoint.replaceChildren();
    new PagefindUI({
      element: mountPoint,
      baseUrl: base,
      bundlePath: base.replace(/\/$/, '') + '/pagefind/',
      showImages: false,
      showSubResults: true,
      translations: JSON.parse(host.dataset.translations ?? '{}'),
    });
  })();
  return mounted;
}
