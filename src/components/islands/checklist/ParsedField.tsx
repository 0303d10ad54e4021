import { useEffect, useState } from 'preact/hooks';
import type { Parsed } from '../../../lib/scoring/parse-input';

interface Props {
  id: string;
  label: string;
  hint?: string;
  value: number | undefined;
  disabled?: boolean;
  parse: (text: string) => Parsed;
  onChange: (value: number | undefined) => void;
  /** The wrapper's class (the report's facts form lays its fields out differently). */
  className?: string;
  /** Shown under the field (e.g. the 台账 figure on offer). */
  children?: preact.ComponentChildren;
}

/**
 * A text field for a number. It keeps what the user typed, explains a refusal in Chinese and
 * passes on only values that parse, so a half-typed entry never overwrites a saved answer.
 */
export default function ParsedField({ id, label, hint, value, disabled, parse, onChange, className = 'number-field', children }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  // A value set from outside (“使用台账数据”) replaces the text; the user's own typing parses to the value and stays.
  useEffect(() => {
    const r = parse(text);
    if (!(r.ok && r.value === value)) {
      setText(value === undefined ? '' : String(value));
      setError(null);
    }
  }, [value]);
  return (
    <div class={className}>
      <label for={id}>{label}</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        disabled={disabled}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={hint || error ? `${id}-hint` : undefined}
        onInput={(e) => {
          const t = e.currentTarget.value;
          setText(t);
          const r = parse(t);
          setError(r.ok ? null : r.message);
          if (r.ok) onChange(r.value);
        }}
      />
      {(hint || error) && (
        <span id={`${id}-hint`} class={error ? 'field-error' : 'field-hint'}>
          {error ?? hint}
        </span>
      )}
      {children}
    </div>
  );
}
