import { useState } from 'preact/hooks';
import type { Item } from '../../../schemas/checklist';
import type { Parsed } from '../../../lib/scoring/parse-input';

interface Props {
  item: Item;
  value: number | undefined;
  parse: (text: string) => Parsed;
  onChange: (value: number | undefined) => void;
}

/** 考核分: filled in by the reviewing 党委, beside the unit's own score. */
export default function ReviewScore({ item, value, parse, onChange }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  const id = `review-${item.id}`;
  return (
    <div class="review-field">
      <label for={id}>考核分（上级审核时填写）</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        onInput={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          const r = parse(t);
          setError(r.ok ? null : r.message);
          if (r.ok) onChange(r.value);
        }}
      />
      {error && <span class="field-error">{error}</span>}
    </div>
  );
}
