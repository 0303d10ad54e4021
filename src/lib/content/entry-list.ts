// A YAML file holding one list of entries with ids (calendar tasks, ledger templates): each entry
// checked on its own, so an error names the file and the entry's id, and no id is used twice.
import type { z } from 'astro/zod';

const describe = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) =>
  issues.map((i) => `${i.path.map(String).join('.') || '（整条）'}：${i.message}`).join('；');

interface EntryList<T> {
  /** The top-level key that holds the list (tasks, templates). */
  key: string;
  /** The file's top level: `{ [key]: unknown[] }`. */
  fileSchema: z.ZodType<Record<string, unknown[]>>;
  entrySchema: z.ZodType<T>;
  /** What an entry is called in messages (事项, 模板). */
  noun: string;
  /** The error thrown, so callers can tell whose data was wrong. */
  error: new (message: string) => Error;
}

export function parseEntryList<T extends { id: string }>(data: unknown, file: string, list: EntryList<T>): T[] {
  const head = list.fileSchema.safeParse(data);
  if (!head.success) throw new list.error(`${file}：文件格式不对（${describe(head.error.issues)}）。应为 ${list.key} 列表。`);
  const seen = new Set<string>();
  return head.data[list.key]!.map((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const label = rawId ? `${list.noun} "${rawId}"` : `第 ${index + 1} 个${list.noun}（没有 id）`;
    const parsed = list.entrySchema.safeParse(raw);
    if (!parsed.success) throw new list.error(`${file} 中的${label}：${describe(parsed.error.issues)}`);
    if (seen.has(parsed.data.id)) throw new list.error(`${file}：${list.noun} id "${parsed.data.id}" 重复。`);
    seen.add(parsed.data.id);
    return parsed.data;
  });
}
