import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import { $ledger, $ledgers, $saveState, createLedger, renameLedger, selectLedger } from '../../../stores/ledger';

function SaveState() {
  const s = useStore($saveState);
  if (s.kind === 'error') return <p class="save-state error" role="alert">{s.message}</p>;
  if (s.kind === 'saved') return <p class="save-state" role="status">已保存到本浏览器（{new Date(s.at).toLocaleTimeString('zh-CN', { hour12: false })}）</p>;
  return <p class="save-state" role="status">每次修改都会自动保存到本浏览器。</p>;
}

function CreateForm({ onDone }: { onDone?: () => void }) {
  const [unit, setUnit] = useState('');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [error, setError] = useState('');
  return (
    <form
      class="create-form"
      onSubmit={(e) => {
        e.preventDefault();
        const r = createLedger(unit, Number(year));
        if (!r.ok) setError(r.message);
        else (setError(''), onDone?.());
      }}
    >
      <div class="field">
        <label for="lb-1">党支部名称</label>
        <input id="lb-1" value={unit} maxLength={80} onInput={(e) => setUnit(e.currentTarget.value)} placeholder="如：第一党支部" />
      </div>
      <div class="field">
        <label for="lb-2">年度</label>
        <input id="lb-2" value={year} inputMode="numeric" size={6} onInput={(e) => setYear(e.currentTarget.value)} />
      </div>
      <button type="submit">新建台账</button>
      {error && <p class="field-error" role="alert">{error}</p>}
    </form>
  );
}

/** Which ledger (党支部 × 年度) is open; creating and renaming one. */
export default function LedgerBar() {
  const ledgers = useStore($ledgers);
  const current = useStore($ledger);
  const [creating, setCreating] = useState(false);
  if (ledgers.length === 0) {
    return (
      <div class="ledger-bar">
        <h2>新建台账</h2>
        <p>本浏览器中还没有台账。填写党支部名称和年度，开始记录这一年的党员名册、组织生活和学习。</p>
        <CreateForm />
        <SaveState />
      </div>
    );
  }
  return (
    <div class="ledger-bar">
      <div class="assessment-bar">
        <div class="field">
          <label for="lb-3">当前台账</label>
          <select id="lb-3" value={current?.meta.id ?? ''} onChange={(e) => selectLedger(e.currentTarget.value)}>
            {!current && <option value="">（请选择）</option>}
            {ledgers.map((m) => (
              <option key={m.id} value={m.id}>
                {m.unit || '（未填名称）'} · {m.year}年度
              </option>
            ))}
          </select>
        </div>
        {current && (
          <div class="field">
            <label for="lb-4">党支部名称</label>
            <input id="lb-4" key={current.meta.id} defaultValue={current.meta.unit} maxLength={80} onInput={(e) => renameLedger(current.meta.id, e.currentTarget.value)} />
          </div>
        )}
        <button type="button" class="secondary" aria-expanded={creating} onClick={() => setCreating(!creating)}>
          {creating ? '取消新建' : '新建另一本台账'}
        </button>
      </div>
      {creating && <CreateForm onDone={() => setCreating(false)} />}
      <SaveState />
    </div>
  );
}
