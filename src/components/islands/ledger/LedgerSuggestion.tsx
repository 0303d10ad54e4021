import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';
import type { Figures } from '../../../stores/ledger-figures';

// The 台账 code loads only on pages that show a suggestion, after the page itself.
type FiguresModule = typeof import('../../../stores/ledger-figures');
type MeasuresModule = typeof import('../../../lib/ledger/measures');
let loaded: Promise<[FiguresModule, MeasuresModule] | null> | undefined;
function load(): Promise<[FiguresModule, MeasuresModule] | null> {
  return (loaded ??= (async () => {
    const el = document.getElementById('dyjy-ledger-context');
    if (!el?.textContent) return null;
    const [f, m] = await Promise.all([import('../../../stores/ledger-figures'), import('../../../lib/ledger/measures')]);
    await f.startFigures(JSON.parse(el.textContent));
    return [f, m];
  })());
}

const LEDGER_PAGE = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/taizhang/`;

/** Where a figure came from, saved with the answer or the report fact. */
export interface LedgerUse {
  measure: string;
  value: number;
  /** Date the 台账's records reached when the figure was used. */
  asOf: string;
}

interface Props {
  measure: string;
  /** The assessment's 年度 and 填报单位: which 台账 to read. */
  period: string;
  unit: string;
  /** What the answer holds now, and the 台账 figure it was set from (if any). */
  current: number | undefined;
  used: LedgerUse | undefined;
  onUse: (value: number, use: LedgerUse) => void;
}

function View({ store, m, measure, current, used, onUse }: Omit<Props, 'period' | 'unit'> & { store: ReadableAtom<Figures>; m: MeasuresModule }) {
  const f = useStore(store);
  if (f.status === 'none') {
    return (
      <p class="ledger-suggestion none">
        按台账：{f.message}，可在<a href={LEDGER_PAGE}>台账</a>中记录后使用。
      </p>
    );
  }
  if (!m.isMeasureId(measure)) return null;
  const value = f.values[measure];
  const def = m.MEASURES[measure];
  if (value === null) return <p class="ledger-suggestion none">按台账：{f.label}中还没有可计算“{def.label}”的记录。</p>;
  const same = current === value;
  return (
    <div class="ledger-suggestion" data-measure={measure}>
      <p>
        按台账：<strong data-figure>{value}{def.unit === '%' ? '%' : ` ${def.unit}`}</strong>（{def.label}，{f.label}，台账截至 {f.asOf}）
        <button type="button" class="secondary" disabled={same && used?.value === value} onClick={() => onUse(value, { measure, value, asOf: f.asOf })}>
          使用台账数据
        </button>
      </p>
      <p class="hint">{def.how}</p>
      {used && used.value === current && used.value !== value && (
        <p class="ledger-changed" role="status">
          台账数字已变化：填入时为 {used.value}（台账截至 {used.asOf}），现在为 {value}。需要时再点“使用台账数据”。
        </p>
      )}
      {used && used.value === current && used.value === value && <p class="ledger-used">已使用台账数据（台账截至 {used.asOf}）。</p>}
      {used && used.value !== current && <p class="ledger-used">曾使用台账数据 {used.value}，之后已手动修改。</p>}
    </div>
  );
}

/**
 * Offers a 台账 figure for a self-check item or a report fact. It never changes the answer by
 * itself: only the button does, and the answer keeps where the figure came from.
 */
export default function LedgerSuggestion(props: Props) {
  const [mods, setMods] = useState<[FiguresModule, MeasuresModule] | null>(null);
  useEffect(() => {
    let live = true;
    load().then((x) => live && setMods(x), () => {});
    return () => {
      live = false;
    };
  }, []);
  if (!mods) return null;
  return <View {...props} store={mods[0].figuresFor(props.period, props.unit)} m={mods[1]} />;
}
