// Search filter 类型 for a page, from where it sits in the site.
export const PAGE_TYPES = ['法规', '规划', '范文', '自评', '指南'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

/** slug: the page's path without slashes at either end ('' for the home page). */
export function pageType(slug: string): PageType {
  const [section = '', page = ''] = slug.split('/');
  if (section === 'regulations') return page.startsWith('guihua') ? '规划' : '法规';
  if (section === 'checklists') return '自评';
  if (section === 'reports') return page.startsWith('fanwen') ? '范文' : '指南';
  return '指南';
}
