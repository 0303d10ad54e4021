import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { itemRows } from '../../../lib/assessment/item-rows';
import { SIGN_FIELDS } from '../../../lib/assessment/sign-fields';
import { centsOrDash, formatCents } from '../../../lib/scoring/cents';
import { SUGGESTED_LABEL, suggestedBody } from '../../../lib/scoring/suggested-text';

/** The filled result as printed on A4 (hidden on screen). */
export default function PrintFilled({ checklist, assessment }: { checklist: Checklist; assessment: Assessment }) {
  const { dimensions, score } = itemRows(checklist, assessment);
  return (
    <section class="print-filled" aria-hidden="true">
      <h2 class="print-title">{checklist.title}（自评结果）</h2>
      <p class="print-meta">
        填报单位：{assessment.unit}　　年度：{assessment.period}　　自评总分：{centsOrDash(score.total)}
        　　等次：{score.grade ?? '—'}　　考核分：{score.reviewTotal === null ? '　　　' : formatCents(score.reviewTotal)}
      </p>
      <p class="print-meta print-note">{checklist.description}</p>
      <table class="sheet">
        <thead>
          <tr>
            <th>指标</th>
            <th>分值</th>
            <th>自评分</th>
            <th>考核分</th>
            <th>说明</th>
            <th>佐证材料（存放位置）</th>
          </tr>
        </thead>
        {dimensions.map((dim) => (
          <tbody key={dim.title}>
            <tr class="dimension-row">
              <th colSpan={6}>
                {dim.title}（小计 {formatCents(dim.score.cents)} / {formatCents(dim.score.max)}）
              </th>
            </tr>
            {dim.rows.map((r) => (
              <tr key={r.item.id}>
                <td>
                  {r.item.title}
                  {r.item.suggested && (
                    <div class="rule-text item-suggested">
                      <strong class="suggested-label">{SUGGESTED_LABEL}</strong> {suggestedBody(r.item.suggested)}
                    </div>
                  )}
                </td>
                <td>{r.pointsText}</td>
                <td>{r.selfText}</td>
                <td>{r.review === null ? '' : formatCents(r.review)}</td>
                <td>{r.note}</td>
                <td>
                  {r.evidence.map((e) => (
                    <div key={e.hint}>
                      {e.ready ? '☑' : '☐'} {e.hint}
                      {e.location ? `（${e.location}）` : ''}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <div class="sign-block">
        {SIGN_FIELDS.map((f) => (
          <span key={f}>{f}</span>
        ))}
      </div>
    </section>
  );
}
