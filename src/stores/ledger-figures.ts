// The 台账 figures the self-check and the report offer: the ledger of the assessment's year (and
// unit), its measures and the date its records reach. Loaded on those pages after first render.
import { computed, type ReadableAtom } from 'nanostores';
import { derive, recordsUntil } from '../lib/ledger/derive';
import { MEASURE_IDS, measureValue, type MeasureId } from '../lib/ledger/measures';
import type { Ledger } from '../schemas/ledger';
import { $context, $ledgers, ensureLoaded, getLedger, loadValidator, localToday, setContext } from './ledger';
import type { GridRule } from '../lib/ledger/grid-rules';

export type Figures =
  | { status: 'none'; message: string }
  | { status: 'ok'; ledgerId: string; label: string; asOf: string; values: Record<MeasureId, number | null> };

/** The ledger an assessment draws on: same year, and the same unit when there are several. */
export function matchLedger(metas: readonly Ledger['meta'][], year: number, unit: string): { id: string } | { message: string } {
  const same = metas.filter((m) => m.year === year);
  if (same.length === 0) return { message: `本浏览器中没有 ${year} 年度的台账` };
  const byUnit = same.filter((m) => m.unit.trim() === unit.trim());
  if (byUnit.length === 1) return { id: byUnit[0]!.id };
  if (same.length === 1) return { id: same[0]!.id };
  return { message: `本浏览器中有 ${same.length} 本 ${year} 年度的台账，没有一本的党支部名称与“${unit}”相同` };
}

const cache = new Map<string, ReadableAtom<Figures>>();

/** Figures for an assessment's 年度 and 填报单位 (a store, shared by every item on the page). */
export function figuresFor(period: string, unit: string): ReadableAtom<Figures> {
  const key = `${period}\u0000${unit}`;
  let s = cache.get(key);
  if (!s) {
    s = computed([$ledgers, $context], (metas, ctx): Figures => {
      const year = Number(/\d{4}/.exec(period)?.[0]);
      if (!ctx) return { status: 'none', message: '台账规则没有加载' };
      if (!year) return { status: 'none', message: '本自评没有填写年度' };
      const match = matchLedger(metas, year, unit);
      if ('message' in match) return { status: 'none', message: match.message };
      const ledger = getLedger(match.id)!;
      const d = derive(ledger, ctx);
      const values = {} as Record<MeasureId, number | null>;
      for (const id of MEASURE_IDS) values[id] = measureValue(id, d, ledger);
      const asOf = recordsUntil(ledger) ?? new Date(ledger.meta.updatedAt).toISOString().slice(0, 10);
      return { status: 'ok', ledgerId: match.id, label: `${ledger.meta.unit || '（未填名称）'} ${ledger.meta.year}年度台账`, asOf, values };
    });
    cache.set(key, s);
  }
  return s;
}

/** Starts reading the 台账 with the rules given in the page. */
export async function startFigures(rules: { target: number; rules: GridRule[] }): Promise<void> {
  setContext(rules, localToday());
  ensureLoaded();
  await loadValidator();
}
