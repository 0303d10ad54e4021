import type { Checklist } from '../schemas/checklist';

/** A checklist as the pages that fetch its data name it: its id, title and page. */
export interface ChecklistRef {
  id: string;
  title: string;
  href: string;
}

// Checklists as the site publishes them (src/pages/data/checklists/[id].json.ts), fetched from
// this site only, once per page; a failed fetch is forgotten so the next try asks again.
const cache = new Map<string, Promise<Checklist>>();
const base = import.meta.env.BASE_URL.replace(/\/$/, '');

export function loadChecklist(id: string): Promise<Checklist> {
  let p = cache.get(id);
  if (!p) {
    p = fetch(`${base}/data/checklists/${encodeURIComponent(id)}.json`).then((r) => {
      if (!r.ok) throw new Error(`HTTP ${r.status}`);
      return r.json() as Promise<Checklist>;
    });
    p.catch(() => cache.delete(id));
    cache.set(id, p);
  }
  return p;
}

export const CHECKLIST_LOAD_ERROR = '读取自评表数据失败：请检查与网站的连接后刷新页面重试。';
