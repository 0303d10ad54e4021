import { useStore } from '@nanostores/preact';
import { memoRow } from './memo-row';
import { useCallback, useMemo, useState } from 'preact/hooks';
import { meetingAttendance } from '../../../lib/ledger/stats';
import { ACTIVITY_KINDS } from '../../../schemas/ledger-enums';
import type { Activity, Ledger } from '../../../schemas/ledger';
import { $draft, deleteActivity, localToday, openDraft } from '../../../stores/ledger';
import ActivityForm from './ActivityForm';

const ActivityRow = memoRow(function ActivityRow({ a, onEdit, onDelete }: { a: Activity; onEdit: (a: Activity) => void; onDelete: (a: Activity) => void }) {
  const att = meetingAttendance(a);
  const leave = a.absent.filter((x) => x.type === '请假').length;
  return (
    <tr>
      <td>{a.date}</td>
      <td>{a.kind}{a.group ? `（${a.group}）` : ''}</td>
      <td>{a.topic}</td>
      <td class="num">{a.hours}</td>
      <td class="num">
        {att.present}/{att.expected}
        {att.rate !== null && ` · ${att.rate}%`}
        {leave > 0 && `（请假 ${leave}）`}
      </td>
      <td class="row-actions">
        <button type="button" class="secondary" onClick={() => onEdit(a)} aria-label={`修改 ${a.date} ${a.kind}`}>修改</button>
        <button type="button" class="secondary" onClick={() => onDelete(a)} aria-label={`删除 ${a.date} ${a.kind}`}>删除</button>
      </td>
    </tr>
  );
});

/** 组织生活和学习记录: the list (memoised rows) and one form for a new or edited record. */
export default function ActivitySection({ ledger }: { ledger: Ledger }) {
  const draft = useStore($draft);
  const [kind, setKind] = useState('');
  const [message, setMessage] = useState('');
  const id = ledger.meta.id;
  const onEdit = useCallback((a: Activity) => openDraft({ ...a }), []);
  const onDelete = useCallback(
    (a: Activity) => {
      if (!window.confirm(`删除 ${a.date} 的${a.kind}“${a.topic}”？`)) return;
      const r = deleteActivity(id, a.id);
      setMessage(r.ok ? '已删除。' : r.message);
    },
    [id],
  );
  const shown = useMemo(() => (kind ? ledger.activities.filter((a) => a.kind === kind) : ledger.activities), [ledger.activities, kind]);
  const today = localToday();
  const newDate = today.startsWith(String(ledger.meta.year)) ? today : `${ledger.meta.year}-01-01`;
  return (
    <div>
      <h2>组织生活和学习记录</h2>
      {draft ? (
        <ActivityForm
          key={draft.id ?? `${draft.kind}-${draft.date}`}
          ledger={ledger}
          draft={draft}
          onDone={(m) => {
            openDraft(null);
            setMessage(m);
          }}
        />
      ) : (
        <div class="form-actions">
          <button type="button" onClick={() => openDraft({ date: newDate })}>新增记录</button>
        </div>
      )}
      {message && <p role="status">{message}</p>}
      {ledger.activities.length === 0 ? (
        <p class="empty">还没有记录。点“新增记录”，或在“年度落实表”中点按年度工作日历列出的待记录事项。</p>
      ) : (
        <>
          <div class="field filter">
            <label for="as-1">只看</label>
            <select id="as-1" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="">全部类别</option>
              {ACTIVITY_KINDS.map((k) => <option key={k}>{k}</option>)}
            </select>
          </div>
          <div class="table-wrap">
            <table class="ledger-table">
              <caption>共 {shown.length} 条记录</caption>
              <thead>
                <tr>
                  <th scope="col">日期</th>
                  <th scope="col">类别</th>
                  <th scope="col">主题</th>
                  <th scope="col">学时</th>
                  <th scope="col">到会 / 应到 · 到会率</th>
                  <th scope="col">操作</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((a) => <ActivityRow key={a.id} a={a} onEdit={onEdit} onDelete={onDelete} />)}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
