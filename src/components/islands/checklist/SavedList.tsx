import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Assessment } from '../../../lib/assessment/model';
import { $assessments, deleteAssessment, duplicateAssessment, renameAssessment } from '../../../stores/assessments';
import { answeredCount } from '../../../lib/scoring/score-checklist';
import type { ChecklistRef } from '../../../stores/checklist-data';
import { useChecklist } from './use-checklist';
import ImportFile from './ImportFile';
import RecoveryNotice from './RecoveryNotice';
import ChecklistLinks from './ChecklistLinks';

/** 已填: counted once the assessment's checklist has been fetched (data/checklists/<id>.json). */
function AnsweredCount({ a }: { a: Assessment }) {
  const checklist = useChecklist(a.checklistId);
  if (checklist === 'loading') return <>…</>;
  if (checklist === 'error') return <>—</>;
  return <>{answeredCount(checklist, a.answers)} 项</>;
}

function Row({ a, checklist }: { a: Assessment; checklist: ChecklistRef | undefined }) {
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const [unit, setUnit] = useState(a.unit);
  const [period, setPeriod] = useState(a.period);
  return (
    <tr>
      <td>
        {editing ? (
          <label>
            <span class="visually-hidden">单位名称</span>
            <input value={unit} onInput={(e) => setUnit(e.currentTarget.value)} />
          </label>
        ) : (
          a.unit
        )}
      </td>
      <td>
        {editing ? (
          <label>
            <span class="visually-hidden">年度</span>
            <input class="year" value={period} onInput={(e) => setPeriod(e.currentTarget.value)} />
          </label>
        ) : (
          a.period
        )}
      </td>
      <td>{checklist?.title ?? `（本站已没有此自评表：${a.checklistId}）`}</td>
      <td>{checklist ? <AnsweredCount a={a} /> : '—'}</td>
      <td>{new Date(a.updatedAt).toLocaleString('zh-CN', { hour12: false })}</td>
      <td class="actions">
        {checklist && <a href={`${checklist.href}?a=${encodeURIComponent(a.id)}`}>打开</a>}
        {editing ? (
          <button type="button" onClick={() => (renameAssessment(a.id, unit.trim() || a.unit, period.trim() || a.period), setEditing(false))}>
            保存名称
          </button>
        ) : (
          <button type="button" class="secondary" onClick={() => setEditing(true)}>
            重命名
          </button>
        )}
        <button type="button" class="secondary" onClick={() => duplicateAssessment(a.id)}>
          复制
        </button>
        {confirming ? (
          <span role="alert">
            确定删除“{a.unit} {a.period}年度”？删除后无法恢复。
            <button type="button" onClick={() => deleteAssessment(a.id)}>
              确定删除
            </button>
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              取消
            </button>
          </span>
        ) : (
          <button type="button" class="secondary" onClick={() => setConfirming(true)}>
            删除
          </button>
        )}
      </td>
    </tr>
  );
}

export default function SavedList({ checklists }: { checklists: ChecklistRef[] }) {
  const all = useStore($assessments);
  const byId = new Map(checklists.map((c) => [c.id, c]));
  return (
    <div class="checklist-app saved-list">
      <RecoveryNotice />
      <ImportFile known={checklists.map((c) => c.id)} />
      {all.length === 0 ? (
        <p class="notice">本浏览器中还没有保存的自评。请从下面的自评表开始填写：</p>
      ) : (
        <table>
          <caption class="visually-hidden">本浏览器中保存的自评</caption>
          <thead>
            <tr>
              <th scope="col">单位</th>
              <th scope="col">年度</th>
              <th scope="col">自评表</th>
              <th scope="col">已填</th>
              <th scope="col">最后修改</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {all.map((a) => (
              <Row key={a.id} a={a} checklist={byId.get(a.checklistId)} />
            ))}
          </tbody>
        </table>
      )}
      <ChecklistLinks checklists={checklists} />
    </div>
  );
}
