import type { Assessment } from '../../../lib/assessment/model';
import type { NumberFact, ReportFacts } from '../../../lib/report/facts';
import { updateReport } from '../../../stores/assessment-report';
import LedgerSuggestion from '../ledger/LedgerSuggestion';

/** Which 台账 figure each number fact can take. */
const FACT_MEASURES: Record<NumberFact, string> = {
  members: 'member-count',
  sessions: 'training-sessions',
  attendance: 'training-person-times',
  hours: 'avg-hours',
};

/** Offers the 台账 figure for one of the report's number facts. */
export default function FactLedger({ assessment: a, facts, field }: { assessment: Assessment; facts: ReportFacts; field: NumberFact }) {
  return (
    <LedgerSuggestion
      measure={FACT_MEASURES[field]}
      period={a.period}
      unit={facts.unit || a.unit}
      current={facts[field]}
      used={facts.ledgerUsed?.[field]}
      onUse={(value, use) => updateReport(a.id, { facts: { [field]: value, ledgerUsed: { ...facts.ledgerUsed, [field]: use } } })}
    />
  );
}
