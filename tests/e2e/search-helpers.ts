// Drives the search dialog as a user does: open it, type, wait for the answer.
import type { Page } from 'playwright-core';

export const panel = (page: Page) => page.locator('[data-search-panel]');
export const field = (page: Page) => page.locator('[data-search-panel] input[type="search"]');

/** Types the query and waits until the status line answers for it. */
export async function searchFor(page: Page, query: string) {
  await field(page).fill(query);
  await page.waitForFunction(
    (q) => {
      const status = document.querySelector('[data-search-panel] .search-status')?.textContent ?? '';
      const list = document.querySelector('[data-search-panel] .search-results');
      return status.includes(`“${q}”`) && !status.startsWith('正在搜索') && !list?.hasAttribute('aria-busy');
    },
    query,
  );
}

/** Every result's URL in the order shown, pressing “显示更多结果” until all are listed. */
export async function allResultUrls(page: Page): Promise<string[]> {
  const more = page.getByRole('button', { name: '显示更多结果' });
  for (let i = 0; i < 50 && (await more.isVisible()); i++) {
    const before = await page.locator('a.search-hit').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('a.search-hit').length > n, before);
  }
  return page.locator('a.search-hit').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
