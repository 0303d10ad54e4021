import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { assessmentLabel } from '../../../lib/assessment/model';
import { changeText, compareAssessments, rectificationRows, valueText, type ItemValue, type RectificationRow } from '../../../lib/assessment/compare';
import { $assessments } from '../../../stores/assessments';
import { updateRectification } from '../../../stores/rectification';
import { printPart } from '../print';
import { CHECKLIST_LOAD_ERROR } from '../../../stores/checklist-data';
import { SIGN_FIELDS } from '../../../lib/assessment/sign-fields';
import { useChecklist } from './use-checklist';

const COLUMNS: [keyof RectificationRow, string][] = [
  ['problem', '问题'],
  ['measure', '整改措施'],
  ['owner', '责任人'],
  ['deadline', '完成时限'],
  ['status', '完成情况'],
];

/**
 * Gets the checklists' names only; the chosen assessment's checklist is fetched when chosen
 * (data/checklists/<id>.json), which keeps this page light.
 */
export default function ComparePanel({ checklists }: { checklists: { id: string; title: string }[] }) {
  const all = useStore($assessments);
  const [aId, setA] = useState('');
  const [bId, setB] = useState('');
  const a = all.find((x) => x.id === aId);
  const b = all.find((x) => x.id === bId);
  const known = !!b && checklists.some((c) => c.id === b.checklistId);
  const checklist = useChecklist(known ? b!.checklistId : undefined);
  const partners = b ? all.filter((x) => x.checklistId === b.checklistId && x.id !== b.id) : [];

  if (all.length === 0) return <p class="notice">本浏览器中还没有保存的自评。请先填写一份自评表。</p>;
  return (
    <div class="checklist-app compare-panel">
      <div class="assessment-bar no-print">
        <label>
          要整改的自评（通常是今年）
          <select value={bId} onChange={(e) => (setB(e.currentTarget.value), setA(''))}>
            <option value="">请选择</option>
            {all.map((x) => (
              <option key={x.id} value={x.id}>
                {assessmentLabel(x)}（{checklists.find((c) => c.id === x.checklistId)?.title ?? x.checklistId}）
              </option>
            ))}
          </select>
        </label>
        <label>
          对比的自评（同一张表，通常是去年）
          <select value={aId} onChange={(e) => setA(e.currentTarget.value)} disabled={!b}>
            <option value="">不对比</option>
            {partners.map((x) => (
              <option key={x.id} value={x.id}>
                {assessmentLabel(x)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {b && !known && <p class="notice">这份自评对应的自评表在本站已不存在，无法对比。</p>}
      {known && checklist === 'loading' && <p role="status">正在读取自评表……</p>}
      {known && checklist === 'error' && (
        <p class="field-error" role="alert">
          {CHECKLIST_LOAD_ERROR}
        </p>
      )}
      {b && typeof checklist === 'object' && a && <CompareTable checklist={checklist} a={a} b={b} />}
      {b && typeof checklist === 'object' && (
        <section class="rectification" aria-labelledby="rect-title">
          <h2 id="rect-title">整改清单：{assessmentLabel(b)}</h2>
          {(() => {
            const rows = rectificationRows(checklist, b, b.rectification);
            if (rows.length === 0) return <p class="notice">这份自评没有失分项，不需要整改清单。</p>;
            return (
              <>
                <p class="no-print">
                  以下 {rows.length} 项失分，问题和措施已按自评表预先填好，可以直接修改；修改自动保存到本机浏览器。
                  <button type="button" class="secondary" onClick={() => printPart()}>
                    打印整改清单
                  </button>
                </p>
                <table class="sheet rect-table">
                  <thead>
                    <tr>
                      <th>序号</th>
                      {COLUMNS.map(([, label]) => (
                        <th key={label}>{label}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row, i) => (
                      <tr key={row.itemId}>
                        <td>{i + 1}</td>
                        {COLUMNS.map(([key, label]) => (
                          <td key={key}>
                            <textarea
                              aria-label={`第${i + 1}项 ${label}`}
                              rows={key === 'problem' || key === 'measure' ? 3 : 1}
                              value={row[key]}
                              onInput={(e) => updateRectification(b.id, row.itemId, { [key]: e.currentTarget.value })}
                            />
                            <span class="print-value">{row[key]}</span>
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div class="sign-block print-only">
                  <span>{SIGN_FIELDS[0]}</span>
                  <span>{SIGN_FIELDS[3]}</span>
                </div>
              </>
            );
          })()}
        </section>
      )}
    </div>
  );
}

interface DiffRow {
  id: string;
  title: string;
  a: ItemValue | null;
  b: ItemValue | null;
}

/** One row per dimension or item: last year, this year, and the change. */
function DiffTable({ head, a, b, rows, testId }: { head: string; a: string; b: string; rows: DiffRow[]; testId?: string }) {
  return (
    <table data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col">{a}年度</th>
          <th scope="col">{b}年度</th>
          <th scope="col">变化</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{r.title}</th>
            <td>{valueText(r.a)}</td>
            <td>{valueText(r.b)}</td>
            <td data-testid={r.id === '__total' ? 'total-change' : undefined}>{changeText(r.a, r.b)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CompareTable({ checklist, a, b }: { checklist: Checklist; a: Parameters<typeof compareAssessments>[1]; b: Parameters<typeof compareAssessments>[2] }) {
  const c = compareAssessments(checklist, a, b);
  const changed = c.items.filter((i) => i.a !== i.b);
  const dimensions: DiffRow[] = [...c.dimensions, { id: '__total', title: '总分', a: c.totals[0], b: c.totals[1] }];
  return (
    <section class="compare" aria-labelledby="cmp-title">
      <h2 id="cmp-title">
        {a.period}年度与{b.period}年度对比
      </h2>
      <DiffTable head="维度" a={a.period} b={b.period} rows={dimensions} testId="compare-dimensions" />
      <h3>得分有变化的指标（{changed.length} 项）</h3>
      {changed.length > 0 && <DiffTable head="指标" a={a.period} b={b.period} rows={changed} />}
    </section>
  );
}
