import type { Item } from '../../../schemas/checklist';
import type { Answer } from '../../../lib/scoring/answer';
import { formatCents, pointsText } from '../../../lib/scoring/cents';
import { scoreItem } from '../../../lib/scoring/item-score';
import { parseScore } from '../../../lib/scoring/parse-input';
import { SUGGESTED_LABEL, suggestedBody } from '../../../lib/scoring/suggested-text';
import ValueInput from './ValueInput';
import EvidenceList from './EvidenceList';
import ReviewScore from './ReviewScore';
import { lazyPart } from '../lazy-part';

// The 台账 figure shows nothing until the 台账 code has loaded after the page, keeping the first load small.
const ItemLedger = lazyPart(() => import('./ItemLedger'), true);

export interface BasisLink {
  label: string;
  href: string;
}

interface Props {
  item: Item;
  answer: Answer | undefined;
  basis: Record<string, BasisLink>;
  /** The item's scoring rule in words (describeRule, written when the page is built). */
  rule: string;
  onChange: (patch: Partial<Answer>) => void;
}

function ItemScore({ item, answer }: { item: Item; answer: Answer | undefined }) {
  const r = scoreItem(item, answer);
  if (item.rule.kind === 'veto') return null;
  const text = r.status === 'na' ? '不适用' : r.status === 'unanswered' ? '未作答' : `${formatCents(r.cents)} / ${formatCents(r.max)} 分`;
  return <p class={`item-score ${r.status}`}>本项自评得分：{text}</p>;
}

export default function ItemCard({ item, answer, basis, rule, onChange }: Props) {
  const na = typeof answer?.na === 'string';
  const naReasonMissing = na && answer!.na!.trim() === '';
  const headingId = `h-${item.id}`;
  return (
    <article class="item-card" id={`item-${item.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        {item.title}
        <span class="item-points">{item.rule.kind === 'veto' ? '否决项' : `${pointsText(item.points)} 分`}</span>
      </h3>
      <p class="item-standard">{item.standard}</p>
      <p class="item-rule">计分：{rule}</p>
      {item.suggested && (
        <p class="item-suggested">
          <strong class="suggested-label">{SUGGESTED_LABEL}</strong> {suggestedBody(item.suggested)}
        </p>
      )}
      <ValueInput item={item} value={answer?.value} disabled={na && !naReasonMissing} onChange={(value) => onChange({ value })} />
      {item.ledger && <ItemLedger measure={item.ledger} answer={answer} onChange={onChange} />}
      <ItemScore item={item} answer={answer} />
      <div class="na-field">
        <label>
          <input type="checkbox" checked={na} onChange={(e) => onChange({ na: e.currentTarget.checked ? '' : undefined })} />
          本项不适用
        </label>
        {na && (
          <div class="na-reason">
            <label for={`na-${item.id}`}>不适用的理由（必填）</label>
            <input id={`na-${item.id}`} value={answer?.na ?? ''} onInput={(e) => onChange({ na: e.currentTarget.value })} aria-invalid={naReasonMissing ? 'true' : undefined} />
            {naReasonMissing && <span class="field-error">填写理由后本项才按“不适用”计算，否则仍计入总分。</span>}
          </div>
        )}
      </div>
      <label class="note-field">
        说明（做了什么、数量、存在的不足）
        <textarea rows={2} value={answer?.note ?? ''} onInput={(e) => onChange({ note: e.currentTarget.value })} />
      </label>
      <EvidenceList item={item} evidence={answer?.evidence} onChange={(evidence) => onChange({ evidence })} />
      {item.basis.length > 0 && (
        <p class="item-basis">
          依据：
          {item.basis.map((id, i) => (
            <>
              {i > 0 && '；'}
              {basis[id] ? <a href={basis[id]!.href}>{basis[id]!.label}</a> : id}
            </>
          ))}
        </p>
      )}
      {item.reference.length > 0 && (
        <p class="item-basis item-reference">
          参考（未核实或来源单一，不是规定）：
          {item.reference.map((id, i) => (
            <>
              {i > 0 && '；'}
              {basis[id] ? <a href={basis[id]!.href}>{basis[id]!.label}</a> : id}
            </>
          ))}
        </p>
      )}
      {item.rule.kind !== 'veto' && <ReviewScore item={item} value={answer?.review} parse={(t) => parseScore(t, item.points)} onChange={(review) => onChange({ review })} />}
    </article>
  );
}
