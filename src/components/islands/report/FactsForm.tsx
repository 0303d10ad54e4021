import type { Assessment } from '../../../lib/assessment/model';
import { periodText } from '../../../lib/report/draft';
import { FACT_LABELS, NUMBER_FACTS, TEXT_MAX, parseFactNumber, type NumberFact, type ReportFacts, type TextFact } from '../../../lib/report/facts';
import { updateReport } from '../../../stores/assessment-report';
import ParsedField from '../checklist/ParsedField';
import FactLedger from './FactLedger';

interface Props {
  assessment: Assessment;
  facts: ReportFacts;
}

/** A count or 学时: the typed text stays as typed; only a valid number is saved. */
function NumberField({ id, field, value, hint, children }: { id: string; field: NumberFact; value: number | undefined; hint: string; children?: preact.ComponentChildren }) {
  return (
    <ParsedField
      id={`fact-${field}`}
      className="fact-field"
      label={FACT_LABELS[field]}
      hint={hint}
      value={value}
      parse={(t) => parseFactNumber(field, t)}
      onChange={(v) => updateReport(id, { facts: { [field]: v } })}
    >
      {children}
    </ParsedField>
  );
}

function TextField({ id, field, value, hint, rows }: { id: string; field: TextFact; value: string; hint?: string; rows?: number }) {
  const inputId = `fact-${field}`;
  const set = (v: string) => updateReport(id, { facts: { [field]: v } });
  return (
    <div class={rows ? 'fact-field wide' : 'fact-field'}>
      <label for={inputId}>{FACT_LABELS[field]}</label>
      {rows ? (
        <textarea id={inputId} rows={rows} value={value} maxLength={TEXT_MAX[field]} aria-describedby={hint ? `${inputId}-hint` : undefined} onInput={(e) => set(e.currentTarget.value)} />
      ) : (
        <input id={inputId} value={value} maxLength={TEXT_MAX[field]} aria-describedby={hint ? `${inputId}-hint` : undefined} onInput={(e) => set(e.currentTarget.value)} />
      )}
      {hint && (
        <span id={`${inputId}-hint`} class="field-hint">
          {hint}
        </span>
      )}
    </div>
  );
}

const NUMBER_HINTS: Record<NumberFact, string> = {
  members: '名',
  sessions: '全年集中培训的期数',
  attendance: '参训的累计人次',
  hours: '党员人均集中学习培训学时',
};

/** The facts the report needs beyond the checklist; saved with the assessment as they are typed. */
export default function FactsForm({ assessment: a, facts }: Props) {
  return (
    <section class="facts-form" aria-labelledby="facts-title">
      <h2 id="facts-title">报告需要的基本情况</h2>
      <p class="field-hint">没有填写的项目，报告中会标为“【待填写：…】”，下载后请补齐。</p>
      <div class="fact-grid">
        <TextField id={a.id} field="unit" value={facts.unit ?? a.unit} />
        <TextField id={a.id} field="period" value={facts.period ?? (a.period.trim() ? periodText(a.period) : '')} hint="如：2026年度，或 2025年7月至2026年6月" />
        {NUMBER_FACTS.map((field) => (
          <NumberField key={field} id={a.id} field={field} value={facts[field]} hint={NUMBER_HINTS[field]}>
            <FactLedger assessment={a} facts={facts} field={field} />
          </NumberField>
        ))}
        <TextField id={a.id} field="date" value={facts.date ?? ''} hint="如：2026年12月20日" />
        <TextField id={a.id} field="leaders" value={facts.leaders ?? ''} rows={2} hint="如：书记参加县委党校轮训5天，两名委员参加街道党工委集中培训" />
        <TextField id={a.id} field="highlights" value={facts.highlights ?? ''} rows={4} hint="每行一条：具体做法，加上数字或事例" />
      </div>
    </section>
  );
}
