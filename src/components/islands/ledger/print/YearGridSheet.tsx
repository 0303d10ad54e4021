// The year grid on A4: each kind the rules require × 12 months, missing periods marked.
import type { Ledger } from '../../../../schemas/ledger';
import type { CellState, GridRow } from '../../../../lib/ledger/grid';
import { MONTH_LABELS } from '../../../../lib/ledger/export-rows';
import SheetFields, { SheetSignatures } from './SheetFields';

const PERIOD: Record<GridRow['period'], string> = { month: '每月', quarter: '每季度', year: '每年' };
const MARK: Record<CellState, string> = { held: '✓', invalid: '✗ 无效', missing: '✗ 缺', notDue: '' };

export default function YearGridSheet({ ledger, rows, asOf }: { ledger: Ledger; rows: readonly GridRow[]; asOf: string }) {
  return (
    <section class="ledger-sheet landscape">
      <p class="ledger-sheet-title">
        {ledger.meta.year} 年度“三会一课”等组织生活落实情况
      </p>
      <div class="tpl">
        <SheetFields
          fields={[
            ['党支部', ledger.meta.unit],
            ['年度', ledger.meta.year],
            ['统计日期', asOf],
          ]}
        />
        <table class="tpl-table grid-table">
          <colgroup>
            {[17, 6, ...Array<number>(12).fill(5.8), 7.4].map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">事项</th>
              <th scope="col">频次</th>
              {MONTH_LABELS.map((m) => (
                <th key={m} scope="col">
                  {m}
                </th>
              ))}
              <th scope="col">已开/应开</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.kind}-${r.group}`}>
                <th scope="row">{r.group ? `${r.kind}（${r.group}）` : r.kind}</th>
                <td>{PERIOD[r.period]}</td>
                {r.cells.map((c) => (
                  <td key={c.from} colSpan={c.to - c.from + 1} class={`cell-${c.state}`}>
                    {MARK[c.state]}
                    {c.activityIds.length > 1 ? ` ${c.activityIds.length} 次` : ''}
                  </td>
                ))}
                <td>
                  {r.held}/{r.due}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p class="tpl-note">
          ✓ 已开展；✗ 缺：期间已过而没有记录；✗ 无效：只有不算数的记录（支部委员会到会支委不足半数）；空白：期间未到。应开只计已经过去的月份、季度。
        </p>
        <SheetSignatures labels={['填表人（签字）', '审核人（签字）']} />
      </div>
    </section>
  );
}
