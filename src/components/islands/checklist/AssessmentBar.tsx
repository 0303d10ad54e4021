import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { assessmentLabel, type Assessment } from '../../../lib/assessment/model';
import { $saveState, renameAssessment } from '../../../stores/assessments';
import { $sameChecklist, selectAssessment } from '../../../stores/checklist-session';
import { lazyPart } from '../lazy-part';

// Needed only to start an assessment (the first visit, or 新建一份): loaded when shown.
export const CreateForm = lazyPart(() => import('./CreateForm'));

export function SaveStatus() {
  const s = useStore($saveState);
  if (s.kind === 'error') return <p class="save-state error" role="alert">{s.message}</p>;
  if (s.kind === 'saved') {
    const t = new Date(s.at).toLocaleTimeString('zh-CN', { hour12: false });
    return <p class="save-state" role="status">已保存到本机浏览器（{t}）</p>;
  }
  return <p class="save-state" role="status">填写内容会自动保存到本机浏览器</p>;
}

export default function AssessmentBar({ checklist, current }: { checklist: Checklist; current: Assessment }) {
  const mine = useStore($sameChecklist);
  const [creating, setCreating] = useState(false);
  if (creating) return <CreateForm checklist={checklist} onCancel={() => setCreating(false)} />;
  return (
    <div class="assessment-bar">
      <label>
        当前自评
        <select value={current.id} onChange={(e) => selectAssessment(e.currentTarget.value)}>
          {mine.map((a) => (
            <option key={a.id} value={a.id}>
              {assessmentLabel(a)}
            </option>
          ))}
        </select>
      </label>
      <label>
        填报单位
        <input value={current.unit} onInput={(e) => renameAssessment(current.id, e.currentTarget.value, current.period)} />
      </label>
      <label>
        年度
        <input class="year" value={current.period} inputMode="numeric" onInput={(e) => renameAssessment(current.id, current.unit, e.currentTarget.value)} />
      </label>
      <button type="button" class="secondary" onClick={() => setCreating(true)}>
        新建一份
      </button>
      <SaveStatus />
    </div>
  );
}
