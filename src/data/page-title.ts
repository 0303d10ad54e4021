// The title of a site page, for links written from data (a calendar task's "怎么做" page).
import { getCollection } from 'astro:content';

let titles: Promise<Map<string, string>> | undefined;

const load = async () => new Map((await getCollection('docs')).map((e) => [e.id === 'index' ? '/' : `/${e.id}/`, e.data.title]));

export async function pageTitle(path: string): Promise<string> {
  const title = (await (titles ??= load())).get(path);
  if (!title) throw new Error(`找不到页面 ${path}：请核对 content/docs/ 中有没有这个页面。`);
  return title;
}
