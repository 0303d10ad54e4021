// Looks up a checklist indicator by "<checklist id>/<item id>" for a page, failing the build on
// an unknown reference. Item cards on checklist pages are drawn in the browser, so links go to
// the checklist page and name the item in text.
import { getCollection } from 'astro:content';
import type { Item } from '../schemas/checklist';

export interface ChecklistItemRef {
  ref: string;
  checklistTitle: string;
  /** Site path of the checklist page, from the root. */
  path: string;
  item: Item;
}

let index: Promise<Map<string, ChecklistItemRef>> | undefined;

async function buildIndex(): Promise<Map<string, ChecklistItemRef>> {
  const map = new Map<string, ChecklistItemRef>();
  for (const entry of await getCollection('checklists')) {
    for (const item of entry.data.dimensions.flatMap((d) => d.items)) {
      const ref = `${entry.id}/${item.id}`;
      map.set(ref, { ref, checklistTitle: entry.data.title, path: `/checklists/${entry.id}/`, item });
    }
  }
  return map;
}

export const checklistItemIndex = (): Promise<Map<string, ChecklistItemRef>> => (index ??= buildIndex());

export async function getChecklistItem(ref: string, where: string): Promise<ChecklistItemRef> {
  const found = (await checklistItemIndex()).get(ref);
  if (!found) throw new Error(`${where}：找不到自评表指标“${ref}”。请核对 content/checklists/ 中的自评表 id 和指标 id。`);
  return found;
}
