import { useMemo, useState } from 'preact/hooks';
import { expectedMembers, lastOfKind } from '../../../lib/ledger/quick-entry';
import { ACTIVITY_KINDS } from '../../../schemas/ledger-enums';
import type { Absence, Activity, ActivityKind, Ledger } from '../../../schemas/ledger';
import { addActivity, updateActivity, type ActivityInput, type Draft } from '../../../stores/ledger';

type Mark = '到会' | '请假' | '缺席' | '';

const blank = (year: number): ActivityInput => ({
  kind: '主题党日',
  date: `${year}-01-01`,
  topic: '',
  host: '',
  hours: 0,
  group: '',
  place: '',
  note: '',
  archive: '',
  present: [],
  absent: [],
});

/** Present / 请假 / 缺席 per member, from an activity's lists. */
function marksOf(a: Pick<Activity, 'present' | 'absent'>): Record<string, { mark: Mark; reason: string }> {
  const out: Record<string, { mark: Mark; reason: string }> = {};
  for (const id of a.present) out[id] = { mark: '到会', reason: '' };
  for (const x of a.absent) out[x.memberId] = { mark: x.type, reason: x.reason };
  return out;
}

/**
 * One activity, edited in local state and saved on submit: typing here re-renders only this form,
 * never the list of records.
 */
export default function ActivityForm({ ledger, draft, onDone }: { ledger: Ledger; draft: Draft; onDone: (message: string) => void }) {
  const editing = draft.id ? ledger.activities.find((a) => a.id === draft.id) : undefined;
  const [v, setV] = useState<ActivityInput>(() => ({ ...blank(ledger.meta.year), ...draft }));
  const [marks, setMarks] = useState(() => marksOf(v));
  const [error, setError] = useState('');
  const set = (patch: Partial<ActivityInput>) => setV((old) => ({ ...old, ...patch }));
  const groups = useMemo(() => [...new Set(ledger.members.map((m) => m.group).filter(Boolean))], [ledger.members]);
  const expected = useMemo(() => expectedMembers(ledger, v.date, v.kind, v.group), [ledger, v.date, v.kind, v.group]);
  // Members already marked stay listed even if they no longer fit the date or 党小组.
  const listed = useMemo(() => {
    const ids = new Set(expected.map((m) => m.id));
    return [...expected, ...ledger.members.filter((m) => !ids.has(m.id) && marks[m.id]?.mark)];
  }, [expected, ledger.members, marks]);

  const allPresent = () => setMarks(Object.fromEntries(expected.map((m) => [m.id, { mark: '到会' as Mark, reason: '' }])));
  const copyLast = () => {
    const last = lastOfKind(ledger, v.kind);
    if (!last) return setError(`还没有“${v.kind}”的记录可以复制`);
    setError('');
    setV((old) => ({ ...old, ...last, date: old.date }));
    setMarks(marksOf(last));
  };
  const submit = (e: Event) => {
    e.preventDefault();
    const present: string[] = [];
    const absent: Absence[] = [];
    for (const m of listed) {
      const x = marks[m.id];
      if (x?.mark === '到会') present.push(m.id);
      else if (x?.mark === '请假' || x?.mark === '缺席') absent.push({ memberId: m.id, type: x.mark, reason: x.reason.trim() });
    }
    const input = { ...v, hours: Number(v.hours), group: v.kind === '党小组会' ? v.group : '', present, absent };
    const r = editing ? updateActivity(ledger.meta.id, { ...input, id: editing.id }) : addActivity(ledger.meta.id, input);
    if (!r.ok) return setError(r.message);
    onDone(`已保存：${r.value.date} ${r.value.kind}“${r.value.topic}”。`);
  };
  const setMark = (id: string, mark: Mark) => setMarks((old) => ({ ...old, [id]: { mark, reason: old[id]?.reason ?? '' } }));

  return (
    <form class="ledger-form activity-form" onSubmit={submit} aria-label={editing ? '修改活动记录' : '新的活动记录'}>
      <h3>{editing ? '修改活动记录' : '新的活动记录'}</h3>
      <div class="field">
        <label for="act-1">日期</label>
        <input id="act-1" type="date" required value={v.date} min={`${ledger.meta.year}-01-01`} max={`${ledger.meta.year}-12-31`} onInput={(e) => set({ date: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="act-2">类别</label>
        <select id="act-2" value={v.kind} onChange={(e) => set({ kind: e.currentTarget.value as ActivityKind })}>
          {ACTIVITY_KINDS.map((k) => <option key={k}>{k}</option>)}
        </select>
      </div>
      {v.kind === '党小组会' && (
        <div class="field">
          <label for="act-3">党小组</label>
          <select id="act-3" value={v.group} onChange={(e) => set({ group: e.currentTarget.value })}>
            <option value="">（请选择）</option>
            {groups.map((g) => <option key={g}>{g}</option>)}
          </select>
        </div>
      )}
      <div class="field wide">
        <label for="act-4">主题</label>
        <input id="act-4" value={v.topic} maxLength={200} required onInput={(e) => set({ topic: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="act-5">主持人或主讲人</label>
        <input id="act-5" value={v.host} maxLength={80} onInput={(e) => set({ host: e.currentTarget.value })} />
      </div>
      <div class="field">
        <label for="act-6">学时（0.5 为单位）</label>
        <input id="act-6" type="number" min={0} max={200} step={0.5} value={v.hours} onInput={(e) => set({ hours: e.currentTarget.valueAsNumber || 0 })} />
      </div>
      <div class="field">
        <label for="act-7">地点</label>
        <input id="act-7" value={v.place} maxLength={100} onInput={(e) => set({ place: e.currentTarget.value })} />
      </div>
      <div class="field wide">
        <label for="act-8">记录和照片存放处（一事一档）</label>
        <input id="act-8" value={v.archive} maxLength={200} onInput={(e) => set({ archive: e.currentTarget.value })} placeholder="如：2026年组织生活档案盒第3册" />
      </div>
      <div class="field wide">
        <label for="act-9">备注</label>
        <input id="act-9" value={v.note} maxLength={1000} onInput={(e) => set({ note: e.currentTarget.value })} />
      </div>
      <fieldset class="attendance wide">
        <legend>
          到会情况（应到 {expected.length} 人{v.kind === '党小组会' && v.group ? `，${v.group}` : ''}）
        </legend>
        <div class="form-actions">
          <button type="button" class="secondary" onClick={allPresent}>全部到会</button>
          {!editing && <button type="button" class="secondary" onClick={copyLast}>复制上一次{v.kind}</button>}
        </div>
        <p class="hint">先点“全部到会”，再把没来的人改成“请假”或“缺席”并写明原因。</p>
        {listed.length === 0 && <p class="empty">这一天名册里没有应到的党员。</p>}
        <ul class="attendance-list">
          {listed.map((m) => {
            const x = marks[m.id] ?? { mark: '' as Mark, reason: '' };
            return (
              <li key={m.id}>
                <span class="att-name">{m.name}</span>
                <select aria-label={`${m.name} 到会情况`} value={x.mark} onChange={(e) => setMark(m.id, e.currentTarget.value as Mark)}>
                  <option value="">（未记录）</option>
                  <option>到会</option>
                  <option>请假</option>
                  <option>缺席</option>
                </select>
                {(x.mark === '请假' || x.mark === '缺席') && (
                  <input
                    aria-label={`${m.name} ${x.mark}原因`}
                    placeholder="原因"
                    maxLength={200}
                    value={x.reason}
                    onInput={(e) => {
                      const reason = e.currentTarget.value;
                      setMarks((old) => ({ ...old, [m.id]: { mark: x.mark, reason } }));
                    }}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div class="form-actions wide">
        <button type="submit">{editing ? '保存修改' : '保存记录'}</button>
        <button type="button" class="secondary" onClick={() => onDone('')}>取消</button>
      </div>
      {error && <p class="field-error wide" role="alert">{error}</p>}
    </form>
  );
}
