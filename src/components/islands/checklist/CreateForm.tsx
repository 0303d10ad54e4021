import { useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { startAssessment } from '../../../stores/new-assessment';

/** 开始一份自评: the unit and year, checked by startAssessment. */
export default function CreateForm({ checklist, onCancel }: { checklist: Checklist; onCancel?: () => void }) {
  const [unit, setUnit] = useState('');
  const [period, setPeriod] = useState(String(new Date().getFullYear()));
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      class="create-form"
      onSubmit={(e) => {
        e.preventDefault();
        setError(startAssessment(checklist, unit, period));
      }}
    >
      <h2>开始一份自评</h2>
      <label>
        填报单位
        <input value={unit} onInput={(e) => setUnit(e.currentTarget.value)} placeholder={`如：××${checklist.unitKind}`} />
      </label>
      <label>
        年度
        <input value={period} inputMode="numeric" onInput={(e) => setPeriod(e.currentTarget.value)} />
      </label>
      {error && <p class="field-error" role="alert">{error}</p>}
      <button type="submit">开始填写</button>
      {onCancel && (
        <button type="button" class="secondary" onClick={onCancel}>
          取消
        </button>
      )}
    </form>
  );
}
