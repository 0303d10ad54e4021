// Loads the search dialog's contents on first use: content pages carry none of it until then.
let mounted: Promise<HTMLInputElement> | undefined;

export function mountSearch(host: HTMLElement): Promise<HTMLInputElement> {
  mounted ??= import('../islands/search/search-ui').then(({ mountSearchUI }) =>
    mountSearchUI(host.querySelector<HTMLElement>('[data-search-panel]')!, host.dataset.base ?? '/'),
  );
  return mounted;
}
