import { tabAfterKey } from '../../../lib/site/tab-keys';

interface Props<T extends string> {
  /** [id, label] of each tab; tab `id` controls the element `panel-<id>`. */
  tabs: readonly (readonly [T, string])[];
  selected: T;
  label: string;
  onSelect: (id: T) => void;
}

/** The 台账's row of tabs: only the chosen one is in the Tab order; arrow keys, Home and End move between them. */
export default function LedgerTabs<T extends string>({ tabs, selected, label, onSelect }: Props<T>) {
  return (
    <div
      class="ledger-tabs"
      role="tablist"
      aria-label={label}
      onKeyDown={(e) => {
        const next = tabAfterKey(e.key, tabs.findIndex(([id]) => id === selected), tabs.length);
        if (next === null) return;
        e.preventDefault();
        const id = tabs[next]![0];
        onSelect(id);
        document.getElementById(`tab-${id}`)?.focus();
      }}
    >
      {tabs.map(([id, text]) => (
        <button
          type="button"
          role="tab"
          key={id}
          id={`tab-${id}`}
          aria-selected={selected === id}
          aria-controls={`panel-${id}`}
          tabIndex={selected === id ? 0 : -1}
          class={selected === id ? '' : 'secondary'}
          onClick={() => onSelect(id)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
