import type { Checklist } from '../../../schemas/checklist';
import { dimensionReview, type ChecklistScore } from '../../../lib/scoring/score-checklist';
import { centsOrDash, formatCents } from '../../../lib/scoring/cents';

interface Props {
  checklist: Checklist;
  score: ChecklistScore;
}

/** Progress and total: sticky, so they stay in view while the user works down the items. */
export function ScoreBar({ checklist, score }: Props) {
  return (
    <section class="score-bar" aria-label="得分">
      <p class="progress">
        已作答 <strong data-testid="answered">{score.answered}</strong> / {score.count} 项
        <progress max={score.count} value={score.answered} aria-label="作答进度" />
      </p>
      <p class="total" aria-live="polite">
        自评总分：
        <strong data-testid="total">{score.total === null ? '—' : formatCents(score.total)}</strong>
        {score.total !== null && ` / ${checklist.total} 分`}
        {score.bonus > 0 && `（含加分 ${formatCents(score.bonus)}）`}
        {score.grade && (
          <>
            ，等次：<strong data-testid="grade">{score.grade}</strong>
          </>
        )}
        {score.reviewTotal !== null && <span class="review-total">；考核分：{formatCents(score.reviewTotal)}</span>}
      </p>
    </section>
  );
}

export function DimensionScores({ checklist, score }: Props) {
  return (
    <section class="score-summary" aria-label="各维度得分">
      {score.total === null && <p class="notice">所有计分项目都标为不适用，无法计算总分。</p>}
      {score.rescaled && (
        <p class="notice" data-testid="rescaled">
          有 {score.na} 项不适用，适用项目合计 {formatCents(score.applicableMax)} 分，实得 {formatCents(score.raw)} 分，已按满分 {checklist.total} 分折算。
        </p>
      )}
      {score.vetoes.length > 0 && <p class="notice veto-notice">存在否决情形，等次不高于否决项规定的等次。</p>}
      <table class="dimension-scores">
        <caption class="visually-hidden">各维度得分</caption>
        <thead>
          <tr>
            <th scope="col">维度</th>
            <th scope="col">自评分</th>
            <th scope="col">适用分值</th>
            <th scope="col">考核分</th>
            <th scope="col">已答</th>
          </tr>
        </thead>
        <tbody>
          {score.dimensions.map((d) => (
            <tr key={d.id}>
              <th scope="row">{d.title}</th>
              <td>{formatCents(d.cents)}</td>
              <td>{formatCents(d.max)}</td>
              <td>{centsOrDash(dimensionReview(d))}</td>
              <td>
                {d.answered}/{d.count}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
