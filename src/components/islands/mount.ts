import { h, render, type ComponentType } from 'preact';

/**
 * Renders `Component` into the page's <div data-island="name"> (see Island.astro), with the props
 * the page wrote there as JSON, replacing the fallback. If the first render fails, the island's
 * message shows instead of a blank box.
 */
export function mountIsland<P extends object>(name: string, Component: ComponentType<P>): void {
  const el = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  if (!el) return;
  const props = JSON.parse(el.querySelector('script')?.textContent || '{}') as P;
  el.textContent = '';
  try {
    render(h(Component, props), el);
  } catch (e) {
    el.textContent = '';
    document.querySelector<HTMLElement>(`[data-island-failed="${name}"]`)!.hidden = false;
    throw e;
  }
}
