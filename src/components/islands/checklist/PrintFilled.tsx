import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import type { ChecklistScore } from '../../../lib/scoring/score-checklist';
import { formatCents, toCents } from '../../../lib/scoring/cents';
import { scoreItem } from '../../../lib/scoring/item-score';
import { SUGGESTED_LABEL, suggestedBody } from '../../../lib/scoring/suggested-text';

/** The filled result as printed on A4 (hidden on screen). */
export default function PrintFilled({ checklist, assessment, score }: { checklist: Checklist; assessment: Assessment; score: ChecklistScore }) {
  return (
    <section class="print-filled" aria-hidden="true">
      <h2 class="print-title">{checklist.title}（自评结果）</h2>
      <p class="print-meta">
        填报单位：{assessment.unit}　　年度：{assessment.period}　　自评总分：{score.total === null ? '—' : formatCents(score.total)}
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
        {checklist.dimensions.map((dim, di) => {
          const ds = score.dimensions[di]!;
          return (
            <tbody key={dim.id}>
              <tr class="dimension-row">
                <th colSpan={6}>
                  {dim.title}（小计 {formatCents(ds.cents)} / {formatCents(ds.max)}）
                </th>
              </tr>
              {dim.items.map((item) => {
                const a = assessment.answers[item.id];
                const r = scoreItem(item, a);
                const self = r.status === 'na' ? `不适用：${a?.na}` : r.status === 'unanswered' ? '未答' : item.rule.kind === 'veto' ? (a?.value ? '存在' : '不存在') : formatCents(r.cents);
                return (
                  <tr key={item.id}>
                    <td>
                      {item.title}
                      {item.suggested && (
                        <div class="rule-text item-suggested">
                          <strong class="suggested-label">{SUGGESTED_LABEL}</strong> {suggestedBody(item.suggested)}
                        </div>
                      )}
                    </td>
                    <td>{item.rule.kind === 'veto' ? '否决' : formatCents(toCents(item.points))}</td>
                    <td>{self}</td>
                    <td>{a?.review === undefined ? '' : formatCents(toCents(a.review))}</td>
                    <td>{a?.note ?? ''}</td>
                    <td>
                      {item.evidence.map((hint, i) => {
                        const e = a?.evidence?.[i];
                        return (
                          <div key={hint}>
                            {e?.ready ? '☑' : '☐'} {hint}
                            {e?.location ? `（${e.location}）` : ''}
                          </div>
                        );
                      })}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          );
        })}
      </table>
      <div class="sign-block">
        <span>填报单位（盖章）：</span>
        <span>填表人：</span>
        <span>审核人：</span>
        <span>日期：　　年　　月　　日</span>
      </div>
    </section>
  );
}
