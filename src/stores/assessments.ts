import { persistentMap } from '@nanostores/persistent';
import { atom, computed } from 'nanostores';
import { decodeStored } from '../lib/assessment/decode';
import { newId, type Assessment } from '../lib/assessment/model';
import type { Answer } from '../lib/scoring/answer';
import { isQuotaError } from '../lib/site/storage-probe';

export const STORAGE_PREFIX = 'dyjy:v1:assessment:';

/** A stored value that could not be read: kept byte for byte, never overwritten, offered for download. */
export interface Unreadable {
  unreadable: true;
  raw: string;
  reason: string;
}
type Stored = Assessment | Unreadable;

export const isUnreadable = (v: Stored | undefined): v is Unreadable => !!v && 'unreadable' in v;

export const $stored = persistentMap<Record<string, Stored>>(STORAGE_PREFIX, {}, {
  // An unreadable value encodes back to its original text, so a restore never destroys it.
  encode: (v) => (isUnreadable(v) ? v.raw : JSON.stringify(v)),
  decode: (raw) => {
    const d = decodeStored(raw);
    return d.ok ? d.value : { unreadable: true, raw: d.raw, reason: d.reason };
  },
});

// Loaded once, as the page starts, and kept: every island then renders from data already read,
// and no edit can come before the first read of storage, however early the user types.
if (typeof window !== 'undefined') $stored.listen(() => {});

export const $assessments = computed($stored, (all) =>
  Object.values(all)
    .filter((v): v is Assessment => !isUnreadable(v))
    .sort((a, b) => b.updatedAt - a.updatedAt),
);

export const $unreadable = computed($stored, (all) =>
  Object.entries(all)
    .filter((e): e is [string, Unreadable] => isUnreadable(e[1]))
    .map(([key, v]) => ({ key: STORAGE_PREFIX + key, raw: v.raw, reason: v.reason })),
);

export type SaveState = { kind: 'idle' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };
export const $saveState = atom<SaveState>({ kind: 'idle' });

function write(a: Assessment): boolean {
  try {
    $stored.setKey(a.id, a);
    $saveState.set({ kind: 'saved', at: a.updatedAt });
    return true;
  } catch (err) {
    $saveState.set({
      kind: 'error',
      message: isQuotaError(err)
        ? '保存失败：浏览器的本机存储空间已满。请立即导出本自评（导出文件），再清理浏览器数据。'
        : '保存失败：本浏览器不允许网页保存数据（可能是无痕模式或安全设置）。请立即导出本自评，以免丢失。',
    });
    return false;
  }
}

export function getAssessment(id: string): Assessment | undefined {
  const v = $stored.get()[id];
  return v && !isUnreadable(v) ? v : undefined;
}

export function updateAnswer(id: string, itemId: string, patch: Partial<Answer>): void {
  const a = getAssessment(id);
  if (!a) return;
  const now = Date.now();
  const answer: Answer = { ...a.answers[itemId], ...patch };
  for (const k of Object.keys(patch) as (keyof Answer)[]) if (patch[k] === undefined) delete answer[k];
  write({ ...a, answers: { ...a.answers, [itemId]: answer }, updatedAt: now });
}

export function renameAssessment(id: string, unit: string, period: string): void {
  const a = getAssessment(id);
  if (a) write({ ...a, unit, period, updatedAt: Date.now() });
}

export function duplicateAssessment(id: string): Assessment | undefined {
  const a = getAssessment(id);
  if (!a) return undefined;
  const now = Date.now();
  // A JSON round trip rather than structuredClone (Chromium 98+): an assessment is plain JSON data.
  const copy: Assessment = { ...(JSON.parse(JSON.stringify(a)) as Assessment), id: newId(), unit: `${a.unit}（副本）`, createdAt: now, updatedAt: now };
  write(copy);
  return copy;
}

export function deleteAssessment(id: string): void {
  $stored.setKey(id, undefined as unknown as Stored);
}

/** 考核分 of one item, in points; undefined clears it. */
export const reviewItem = (id: string, itemId: string, review: number | undefined) => updateAnswer(id, itemId, { review });

/** Saves an assessment as given (e.g. marked as read against a new checklist version). */
export function putAssessment(a: Assessment): boolean {
  return write(a);
}
