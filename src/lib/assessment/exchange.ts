// Import checks for an exported assessment file (see export-file.ts for the format).
// Every refusal is a specific Chinese message; nothing is half-imported.
import { z } from 'astro/zod';
import type { Checklist } from '../../schemas/checklist';
import { AssessmentSchema } from '../../schemas/assessment';
import { isValidValue } from '../scoring/answer';
import { FORMAT } from './export-file';
import { SCHEMA_VERSION, type Assessment } from './model';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

const FileSchema = z.object({ format: z.literal(FORMAT), schemaVersion: z.number().int().positive(), assessment: z.unknown() });

export type ImportResult =
  | { ok: true; assessment: Assessment; notes: string[] }
  | { ok: false; message: string };

const fail = (message: string) => ({ ok: false as const, message });

type ReadFile = { ok: true; assessment: Assessment } | { ok: false; message: string };

/** Reads the file itself: size, JSON, the site's format mark and version, the assessment's shape. */
export function parseImport(text: string, byteSize: number): ReadFile {
  if (byteSize > MAX_IMPORT_BYTES) return fail(`文件太大（${(byteSize / 1024 / 1024).toFixed(1)} MB），超过 5 MB 的上限。请确认选择的是本站导出的自评文件。`);
  if (text.trim() === '') return fail('文件是空的，没有任何内容。');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('文件不是本站导出的自评文件：内容无法按 JSON 格式读取（可能是 Word、Excel 文件或已损坏）。');
  }
  const head = FileSchema.safeParse(data);
  if (!head.success) {
    const tag = (data as { format?: unknown } | null)?.format;
    if (tag !== FORMAT) return fail('文件不是本站导出的自评文件：缺少本站的格式标记。');
    return fail('文件格式标记正确，但缺少版本或自评内容，无法导入。');
  }
  if (head.data.schemaVersion > SCHEMA_VERSION) {
    return fail(`文件由更新版本的本站导出（数据版本 ${head.data.schemaVersion}，本站支持到 ${SCHEMA_VERSION}）。请使用最新版本的网站导入。`);
  }
  const parsed = AssessmentSchema.safeParse(head.data.assessment);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return fail(`文件中的自评内容不完整或有误（${where || '整体结构'}），无法导入。`);
  }
  return { ok: true, assessment: parsed.data };
}

/** Checks a read assessment against its checklist; undefined: the checklist is not on this site. */
export function checkImport(a: Assessment, checklist: Checklist | undefined): ImportResult {
  if (!checklist) return fail(`文件对应的自评表“${a.checklistId}”在本站不存在，无法导入。`);
  const items = new Map(checklist.dimensions.flatMap((d) => d.items).map((i) => [i.id, i]));
  const notes: string[] = [];
  const unknown = Object.keys(a.answers).filter((id) => !items.has(id));
  if (unknown.length && a.checklistVersion === checklist.version) {
    return fail(`文件中有 ${unknown.length} 个本自评表没有的指标（${unknown.slice(0, 3).join('、')}${unknown.length > 3 ? '等' : ''}），文件可能被改动过，无法导入。`);
  }
  for (const [id, answer] of Object.entries(a.answers)) {
    const item = items.get(id);
    if (!item) continue;
    if (answer.value !== undefined && !isValidValue(item.rule, answer.value)) {
      return fail(`指标“${item.title}”的答案超出范围（${JSON.stringify(answer.value)}），无法导入。`);
    }
    if (answer.review !== undefined && answer.review > item.points) {
      return fail(`指标“${item.title}”的考核分 ${answer.review} 超过本项分值 ${item.points} 分，无法导入。`);
    }
  }
  if (a.checklistVersion !== checklist.version) {
    notes.push(`文件按第 ${a.checklistVersion} 版自评表填写，本站现为第 ${checklist.version} 版，答案已按指标对应。`);
  }
  return { ok: true, assessment: a, notes };
}

/** Both steps, with the checklists at hand (汇总 has them all). */
export function readImport(text: string, byteSize: number, checklists: ReadonlyMap<string, Checklist>): ImportResult {
  const r = parseImport(text, byteSize);
  return r.ok ? checkImport(r.assessment, checklists.get(r.assessment.checklistId)) : r;
}
