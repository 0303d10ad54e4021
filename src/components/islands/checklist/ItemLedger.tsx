import { useStore } from '@nanostores/preact';
import type { Answer } from '../../../lib/scoring/answer';
import { $current } from '../../../stores/checklist-session';
import LedgerSuggestion from '../ledger/LedgerSuggestion';

/**
 * The 台账 figure for an item that declares `ledger:`, for the open assessment's year and unit.
 * ItemCard loads it after the page has shown (lazyPart), with the 台账 code it needs.
 */
export default function ItemLedger({ measure, answer, onChange }: { measure: string; answer: Answer | undefined; onChange: (patch: Partial<Answer>) => void }) {
  const current = useStore($current);
  if (!current) return null;
  return (
    <LedgerSuggestion
      measure={measure}
      period={current.period}
      unit={current.unit}
      current={typeof answer?.value === 'number' ? answer.value : undefined}
      used={answer?.ledger}
      onUse={(value, ledger) => onChange({ value, ledger, na: undefined })}
    />
  );
}
