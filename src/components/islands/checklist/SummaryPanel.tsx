import { useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import type { Summary, SummaryTable, SortKey } from '../../../lib/assessment/summary';
import { centsOrDash, formatCents } from '../../../lib/scoring/cents';
import { downloadSheet } from './sheet-download';
import TotalsChart from './TotalsChart';
import { CHECKLIST_LOAD_ERROR, loadChecklist } from '../../../stores/checklist-data';

const exportExcel = async (t: SummaryTable) => {
  const { summarySheet } = await import('../../../lib/assessment/summary');
  await downloadSheet(summarySheet(t), `${t.checklist.title}-汇总.xlsx`, '汇总');
};

function Table({ table, sortRows }: { table: SummaryTable; sortRows: (rows: SummaryTable['rows'], key: SortKey, desc: boolean) => SummaryTable['rows'] }) {
  const [key, setKey] = useState<SortKey>('total');
  const [desc, setDesc] = useState(true);
  const rows = sortRows(table.rows, key, desc);
  const sortBy = (k: SortKey) => (k === key ? setDesc(!desc) : (setKey(k), setDesc(k !== 'unit')));
  const header = (k: SortKey, label: string) => (
    <th scope="col" aria-sort={k === key ? (desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" class="sort" onClick={() => sortBy(k)}>
        {label}
        {k === key ? (desc ? ' ▼' : ' ▲') : ''}
      </button>
    </th>
  );
  return (
    <section class="summary-table">
      <h2>
        {table.checklist.title}（{table.rows.length} 个单位）
      </h2>
      <button type="button" class="secondary no-print" onClick={() => void exportExcel(table)}>
        导出 Excel
      </button>
      <table data-testid="summary-table">
        <thead>
          <tr>
            {header('unit', '单位')}
            <th scope="col">年度</th>
            {table.checklist.dimensions.map((d, i) => header(i, d.title))}
            {header('total', '总分')}
            <th scope="col">等次</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.file}>
              <th scope="row">{r.unit}</th>
              <td>{r.period}</td>
              {r.dimensions.map((c, i) => (
                <td key={i}>{formatCents(c)}</td>
              ))}
              <td>{centsOrDash(r.total)}</td>
              <td>{r.grade ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TotalsChart rows={rows} full={table.checklist.total} />
    </section>
  );
}

/** 汇总: reads many exported files; nothing is stored, nothing leaves the browser. */
export default function SummaryPanel({ checklistIds }: { checklistIds: string[] }) {
  const [result, setResult] = useState<{ summary: Summary; sortRows: typeof import('../../../lib/assessment/summary').sortRows } | null>(null);
  const [status, setStatus] = useState<'idle' | 'busy' | 'error'>('idle');
  const onFiles = async (list: FileList | null) => {
    if (!list?.length) return;
    setStatus('busy');
    let checklists: Checklist[];
    try {
      checklists = await Promise.all(checklistIds.map(loadChecklist));
    } catch {
      return setStatus('error');
    }
    const lib = await import('../../../lib/assessment/summary');
    const { MAX_IMPORT_BYTES } = await import('../../../lib/assessment/exchange');
    const files = await Promise.all([...list].map(async (f) => ({ name: f.name, size: f.size, text: f.size > MAX_IMPORT_BYTES ? '' : await f.text() })));
    setResult({ summary: lib.summarize(files, checklists), sortRows: lib.sortRows });
    setStatus('idle');
  };
  return (
    <div class="checklist-app summary-panel">
      <label class="no-print">
        选择各单位导出的自评文件（可一次选择多个 .json 文件）
        <input type="file" multiple accept=".json,application/json" onChange={(e) => void onFiles(e.currentTarget.files)} />
      </label>
      {status === 'busy' && <p role="status">正在读取文件……</p>}
      {status === 'error' && (
        <p class="field-error" role="alert">
          {CHECKLIST_LOAD_ERROR}
        </p>
      )}
      {result && result.summary.failures.length > 0 && (
        <div class="notice" role="alert" data-testid="summary-failures">
          <p>以下 {result.summary.failures.length} 个文件未能汇总，其余文件已正常汇总：</p>
          <ul>
            {result.summary.failures.map((f) => (
              <li key={f.file}>
                {f.file}：{f.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      {result?.summary.tables.map((t) => <Table key={t.checklist.id} table={t} sortRows={result.sortRows} />)}
      {result && result.summary.tables.length === 0 && <p class="notice">没有可以汇总的文件。</p>}
    </div>
  );
}
