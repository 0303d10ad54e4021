import { memoRow } from './memo-row';
import { useCallback, useState } from 'preact/hooks';
import { COMMITTEE_ROLES, MEMBER_KINDS, MEMBER_STATUSES } from '../../../schemas/ledger-enums';
import type { Ledger, Member } from '../../../schemas/ledger';
import { addMember, deleteMember, updateMember, type MemberInput } from '../../../stores/ledger';

const EMPTY: MemberInput = { name: '', kind: '正式党员', group: '', status: '在职', note: '' };

function MemberForm({ ledger, member, onDone }: { ledger: Ledger; member: Member | null; onDone: () => void }) {
  const [v, setV] = useState<MemberInput>(() => (member ? { ...member } : { ...EMPTY }));
  const [error, setError] = useState('');
  const set = (patch: Partial<MemberInput>) => setV((old) => ({ ...old, ...patch }));
  const groups = [...new Set(ledger.members.map((m) => m.group).filter(Boolean))];
  const submit = (e: Event) => {
    e.preventDefault();
    const clean: MemberInput = { ...v };
    if (!clean.committee) delete clean.committee;
    if (!clean.joined) delete clean.joined;
    if (!clean.left) delete clean.left;
    const r = member ? updateMember(ledger.meta.id, { ...clean, id: member.id }) : addMember(ledger.meta.id, clean);
    if (!r.ok) return setError(r.message);
    setError('');
    if (member) onDone();
    // The next member is often in the same 党小组; everything else starts afresh.
    else setV({ ...EMPTY, group: v.group });
  };
  return (
    <form class="ledger-form" onSubmit={submit} aria-label={member ? `修改 ${member.name}` : '添加党员'}>
      <div class="field">
        <label for="mem-1">姓名</label>
        <input id="mem-1" value={v.name} maxLength={40} required onInput={(e) => set({ name: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="mem-2">正式/预备</label>
        <select id="mem-2" value={v.kind} onChange={(e) => set({ kind: e.currentTarget.value as Member['kind'] })}>
          {MEMBER_KINDS.map((k) => <option key={k}>{k}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="mem-3">党小组</label>
        <input id="mem-3" value={v.group} maxLength={40} list="ledger-groups" onInput={(e) => set({ group: e.currentTarget.value })} placeholder="没有可不填" />
        <datalist id="ledger-groups">{groups.map((g) => <option key={g} value={g} />)}</datalist>
      </div>
      <div class="field">
        <label for="mem-4">状态</label>
        <select id="mem-4" value={v.status} onChange={(e) => set({ status: e.currentTarget.value as Member['status'] })}>
          {MEMBER_STATUSES.map((k) => <option key={k}>{k}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="mem-5">支委职务</label>
        <select id="mem-5" value={v.committee ?? ''} onChange={(e) => set({ committee: (e.currentTarget.value || undefined) as Member['committee'] })}>
          <option value="">（不是支委）</option>
          {COMMITTEE_ROLES.map((k) => <option key={k}>{k}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="mem-6">年内转入日期</label>
        <input id="mem-6" type="date" value={v.joined ?? ''} onInput={(e) => set({ joined: e.currentTarget.value || undefined })} />
      </div>
      <div class="field">
        <label for="mem-7">年内转出日期</label>
        <input id="mem-7" type="date" value={v.left ?? ''} onInput={(e) => set({ left: e.currentTarget.value || undefined })} />
      </div>
      <div class="field wide">
        <label for="mem-8">备注</label>
        <input id="mem-8" value={v.note} maxLength={500} onInput={(e) => set({ note: e.currentTarget.value })} />
      </div>
      <div class="form-actions">
        <button type="submit">{member ? '保存修改' : '添加党员'}</button>
        {member && <button type="button" class="secondary" onClick={onDone}>取消</button>}
      </div>
      {error && <p class="field-error" role="alert">{error}</p>}
    </form>
  );
}

const MemberRow = memoRow(function MemberRow({ m, onEdit, onDelete }: { m: Member; onEdit: (m: Member) => void; onDelete: (m: Member) => void }) {
  return (
    <tr>
      <td>{m.name}</td>
      <td>{m.kind}</td>
      <td>{m.group || '—'}</td>
      <td>{m.status}</td>
      <td>{m.committee ?? '—'}</td>
      <td>{[m.joined && `${m.joined} 转入`, m.left && `${m.left} 转出`].filter(Boolean).join('，') || '全年'}</td>
      <td>{m.note}</td>
      <td class="row-actions">
        <button type="button" class="secondary" onClick={() => onEdit(m)} aria-label={`修改 ${m.name}`}>修改</button>
        <button type="button" class="secondary" onClick={() => onDelete(m)} aria-label={`删除 ${m.name}`}>删除</button>
      </td>
    </tr>
  );
});

/** 党员名册: hand entry, edit and delete. */
export default function RosterSection({ ledger }: { ledger: Ledger }) {
  const [editing, setEditing] = useState<Member | null>(null);
  const [message, setMessage] = useState('');
  const id = ledger.meta.id;
  const onDelete = useCallback(
    (m: Member) => {
      if (!window.confirm(`从名册中删除 ${m.name}？`)) return;
      const r = deleteMember(id, m.id);
      setMessage(r.ok ? `已删除 ${m.name}。` : r.message);
    },
    [id],
  );
  return (
    <div>
      <h2>党员名册</h2>
      <p class="hint">
        年内转入或转出的党员，填写日期后只按在本支部的月份计算学时目标。名册中的支委（书记、副书记、委员）用于核对支委会到会人数。
      </p>
      {editing ? <MemberForm key={editing.id} ledger={ledger} member={editing} onDone={() => setEditing(null)} /> : <MemberForm ledger={ledger} member={null} onDone={() => {}} />}
      {message && <p role="status">{message}</p>}
      {ledger.members.length === 0 ? (
        <p class="empty">名册还是空的。在上面逐人添加，或用“导入名册”从 Excel/WPS 粘贴。</p>
      ) : (
        <div class="table-wrap">
          <table class="ledger-table">
            <caption>共 {ledger.members.length} 名党员</caption>
            <thead>
              <tr>
                <th scope="col">姓名</th>
                <th scope="col">类别</th>
                <th scope="col">党小组</th>
                <th scope="col">状态</th>
                <th scope="col">支委</th>
                <th scope="col">在本支部</th>
                <th scope="col">备注</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {ledger.members.map((m) => <MemberRow key={m.id} m={m} onEdit={setEditing} onDelete={onDelete} />)}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
