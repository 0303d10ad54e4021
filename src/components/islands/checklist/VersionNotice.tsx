import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { acceptChecklistVersion, checklistChange } from '../../../lib/assessment/checklist-versions';
import { putAssessment } from '../../../stores/assessments';

/** A saved assessment made on an earlier version of this checklist: say what changed. */
export default function VersionNotice({ checklist, current }: { checklist: Checklist; current: Assessment }) {
  const change = checklistChange(current, checklist);
  if (!change) return null;
  return (
    <div class="notice" role="alert" data-testid="version-notice">
      <p>
        这份自评按第 {current.checklistVersion} 版自评表填写，自评表现为第 {checklist.version} 版。已有答案按指标对应保留。
        {change.added.length > 0 && `新增 ${change.added.length} 项需要填写：${change.added.map((i) => i.title).join('、')}。`}
        {change.removedIds.length > 0 && `有 ${change.removedIds.length} 项指标已取消，其答案仍保存在本机但不再计分。`}
      </p>
      <button type="button" onClick={() => putAssessment(acceptChecklistVersion(current, checklist, Date.now()))}>
        知道了
      </button>
    </div>
  );
}
