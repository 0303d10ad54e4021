import { useState } from 'preact/hooks';
import type { Ledger } from '../../../schemas/ledger';
import { addPersonalHours, deletePersonalHours } from '../../../stores/ledger';

/** 学时 a member earned outside the branch's activities (在线学习, 党校 …), with source and date. */
export default function PersonalHoursSection({ ledger }: { ledger: Ledger }) {
  const [memberId, setMemberId] = useState('');
  const [date, setDate] = useState('');
  const [hours, setHours] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const names = new Map(ledger.members.map((m) => [m.id, m.name]));
  const submit = (e: Event) => {
    e.preventDefault();
    const r = addPersonalHours(ledger.meta.id, { memberId, date, hours: Number(hours), source, note });
    if (!r.ok) return setMessage(r.message);
    setMessage(`已记录 ${names.get(memberId)} ${r.value.hours} 学时。`);
    setHours('');
    setNote('');
  };
  return (
    <div>
      <h2>个人学时</h2>
      <p class="hint">党员在支部活动以外取得的学时，如网络学院在线学习、党校培训，逐条登记来源和日期。</p>
      <form class="ledger-form" onSubmit={submit} aria-label="登记个人学时">
        <div class="field">
          <label for="ph-1">党员</label>
          <select id="ph-1" value={memberId} required onChange={(e) => setMemberId(e.currentTarget.value)}>
            <option value="">（请选择）</option>
            {ledger.members.map((m) => <option key={m.id} value={m.id}>{m.name}{m.group ? `（${m.group}）` : ''}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="ph-2">日期</label>
          <input id="ph-2" type="date" required value={date} min={`${ledger.meta.year}-01-01`} max={`${ledger.meta.year}-12-31`} onInput={(e) => setDate(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ph-3">学时</label>
          <input id="ph-3" type="number" required min={0.5} step={0.5} value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="ph-4">来源</label>
          <input id="ph-4" required maxLength={100} value={source} placeholder="如：中国干部网络学院" onInput={(e) => setSource(e.currentTarget.value)} />
        </div>
        <div class="field wide">
          <label for="ph-5">备注</label>
          <input id="ph-5" maxLength={500} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </div>
        <div class="form-actions">
          <button type="submit">登记</button>
        </div>
      </form>
      {message && <p role="status">{message}</p>}
      {ledger.personalHours.length === 0 ? (
        <p class="empty">还没有个人学时记录。</p>
      ) : (
        <div class="table-wrap">
          <table class="ledger-table">
            <caption>共 {ledger.personalHours.length} 条</caption>
            <thead>
              <tr>
                <th scope="col">日期</th>
                <th scope="col">党员</th>
                <th scope="col">学时</th>
                <th scope="col">来源</th>
                <th scope="col">备注</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {ledger.personalHours.map((h) => (
                <tr key={h.id}>
                  <td>{h.date}</td>
                  <td>{names.get(h.memberId) ?? '（已不在名册）'}</td>
                  <td class="num">{h.hours}</td>
                  <td>{h.source}</td>
                  <td>{h.note}</td>
                  <td>
                    <button type="button" class="secondary" onClick={() => window.confirm('删除这条个人学时？') && deletePersonalHours(ledger.meta.id, h.id)}>
                      删除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
