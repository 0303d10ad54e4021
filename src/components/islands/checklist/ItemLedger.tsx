import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { Answer } from '../../../lib/scoring/answer';
import { $current } from '../../../stores/checklist-session';

// A 台账 suggestion shows nothing until the 台账 code has loaded after the page; the suggestion's
// own code loads then too, so the self-check page's first load stays small.
type Suggestion = (typeof import('../ledger/LedgerSuggestion'))['default'];
let loading: Promise<Suggestion> | undefined;

/** The 台账 figure for an item that declares `ledger:`, for the open assessment's year and unit. */
export default function ItemLedger({ measure, answer, onChange }: { measure: string; answer: Answer | undefined; onChange: (patch: Partial<Answer>) => void }) {
  const current = useStore($current);
  const [View, setView] = useState<Suggestion | null>(null);
  useEffect(() => {
    let live = true;
    (loading ??= import('../ledger/LedgerSuggestion').then((m) => m.default)).then(
      (v) => live && setView(() => v),
      () => {},
    );
    return () => {
      live = false;
    };
  }, []);
  if (!current || !View) return null;
  return (
    <View
      measure={measure}
      period={current.period}
      unit={current.unit}
      current={typeof answer?.value === 'number' ? answer.value : undefined}
      used={answer?.ledger}
      onUse={(value, ledger) => onChange({ value, ledger, na: undefined })}
    />
  );
}
