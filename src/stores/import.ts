import { atom } from 'nanostores';
import { newId, type Assessment } from '../lib/assessment/model';
import type { Checklist } from '../schemas/checklist';
import { CHECKLIST_LOAD_ERROR, loadChecklist } from './checklist-data';
import { getAssessment, putAssessment } from './assessments';

// 导入 on the saved-list page: the file's check, the question when the assessment is already
// here, and the outcome. The checks (and zod) load only when a file is chosen.
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'conflict'; incoming: Assessment; notes: string[] };

export const $importState = atom<ImportState>({ kind: 'idle' });

export type ImportMode = 'replace' | 'keep-both';

/**
 * Saves an imported assessment. With an id already here, 'replace' overwrites that one and
 * 'keep-both' saves the file's copy under a new id, marked （导入）. Returns what was saved,
 * or null when storage refused it.
 */
export function importAssessment(incoming: Assessment, mode: ImportMode = 'replace'): Assessment | null {
  const a = mode === 'keep-both' ? { ...incoming, id: newId(), unit: `${incoming.unit}（导入）` } : { ...incoming, updatedAt: getAssessment(incoming.id) ? Date.now() : incoming.updatedAt };
  return putAssessment(a) ? a : null;
}

function save(incoming: Assessment, notes: string[], mode: ImportMode): void {
  const a = importAssessment(incoming, mode);
  $importState.set(a ? { kind: 'done', message: [`已导入“${a.unit} ${a.period}年度”。`, ...notes].join('') } : { kind: 'error', message: '导入失败：浏览器无法保存数据（存储已满或被禁止）。' });
}

const failed = (message: string) => $importState.set({ kind: 'error', message: `导入失败：${message}本机已保存的数据没有任何改动。` });

/**
 * Reads a chosen file; saves it, or asks first when the same assessment is already here. `known`:
 * the ids of this site's checklists; the file's own checklist is fetched to check the answers.
 */
export async function importFile(file: Pick<File, 'size' | 'text'>, known: readonly string[]): Promise<void> {
  $importState.set({ kind: 'busy' });
  const { parseImport, checkImport, MAX_IMPORT_BYTES } = await import('../lib/assessment/exchange');
  const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  const read = parseImport(text, file.size);
  if (!read.ok) return failed(read.message);
  const id = read.assessment.checklistId;
  let checklist: Checklist | undefined;
  try {
    if (known.includes(id)) checklist = await loadChecklist(id);
  } catch {
    return failed(CHECKLIST_LOAD_ERROR);
  }
  const r = checkImport(read.assessment, checklist);
  if (!r.ok) return failed(r.message);
  if (getAssessment(r.assessment.id)) return $importState.set({ kind: 'conflict', incoming: r.assessment, notes: r.notes });
  save(r.assessment, r.notes, 'replace');
}

/** The user's answer to the conflict question; null cancels the import. */
export function resolveImport(mode: ImportMode | null): void {
  const s = $importState.get();
  if (s.kind !== 'conflict') return;
  if (mode === null) $importState.set({ kind: 'idle' });
  else save(s.incoming, s.notes, mode);
}
