import type { Item } from '../../../schemas/checklist';
import type { EvidenceState } from '../../../lib/scoring/answer';

interface Props {
  item: Item;
  evidence: EvidenceState[] | undefined;
  onChange: (evidence: EvidenceState[]) => void;
}

/** 佐证材料: one row per hint, with 已备/缺 and where the material is kept. */
export default function EvidenceList({ item, evidence, onChange }: Props) {
  const rows = item.evidence.map((_, i) => evidence?.[i] ?? { ready: false, location: '' });
  const set = (i: number, patch: Partial<EvidenceState>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset class="evidence">
      <legend>佐证材料</legend>
      <ul>
        {item.evidence.map((hint, i) => (
          <li key={hint}>
            <label class="evidence-ready">
              <input type="checkbox" checked={rows[i]!.ready} onChange={(e) => set(i, { ready: e.currentTarget.checked })} />
              {hint}
              <span class={rows[i]!.ready ? 'tag ready' : 'tag missing'}>{rows[i]!.ready ? '已备' : '缺'}</span>
            </label>
            <label class="evidence-location">
              <span class="visually-hidden">“{hint}”的</span>存放位置
              <input value={rows[i]!.location} placeholder="如：党建档案柜第2盒" onInput={(e) => set(i, { location: e.currentTarget.value })} />
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
