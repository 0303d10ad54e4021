import { useStore } from '@nanostores/preact';
import type { GridCell, GridRow } from '../../../lib/ledger/grid';
import { plannedBlanks, type Blank } from '../../../lib/ledger/quick-entry';
import type { Ledger } from '../../../schemas/ledger';
import { $planned, openDraft } from '../../../stores/ledger';

const MONTHS = Array.from({ length: 12 }, (_, i) => `${i + 1}月`);
const PERIOD_LABEL = { month: '每月', quarter: '每季度', year: '每年' } as const;

function cellText(c: GridCell): string {
  if (c.state === 'held') return c.activityIds.length > 1 ? `✓ ${c.activityIds.length}次` : '✓';
  if (c.state === 'invalid') return '✗ 无效';
  if (c.state === 'missing') return '✗ 缺';
  return c.invalid.length > 0 ? '无效' : '';
}
const STATE_LABEL = { held: '已开', invalid: '只有无效记录', missing: '未开', notDue: '未到期' } as const;

function BlankList({ blanks, onFill }: { blanks: Blank[]; onFill: () => void }) {
  return (
    <ul class="blank-list">
      {blanks.map((b) => (
        <li key={`${b.kind}-${b.group}-${b.date}`}>
          {Number(b.date.slice(5, 7))}月 {b.title}
          {b.group && `（${b.group}）`}{' '}
          <button
            type="button"
            class="secondary"
            aria-label={`填写 ${Number(b.date.slice(5, 7))}月 ${b.title}${b.group ? `（${b.group}）` : ''}`}
            onClick={() => {
              openDraft({ kind: b.kind, date: b.date, group: b.group });
              onFill();
            }}
          >
            填写
          </button>
        </li>
      ))}
    </ul>
  );
}

/** 12 months × the kinds the rules require; missing cells marked, invalid 支委会 explained below. */
export default function YearGrid({ ledger, grid, today, onFill }: { ledger: Ledger; grid: GridRow[]; today: string; onFill: () => void }) {
  const planned = useStore($planned);
  const blanks = plannedBlanks(ledger, grid, planned).filter((b) => b.date <= `${today.slice(0, 7)}-31` || !today.startsWith(String(ledger.meta.year)));
  const invalid = grid.flatMap((r) => r.cells.flatMap((c) => c.invalid.map((x) => ({ ...x, kind: r.kind }))));
  const unchecked = grid.reduce((n, r) => n + r.cells.reduce((m, c) => m + c.unchecked.length, 0), 0);
  const noGroups = !grid.some((r) => r.kind === '党小组会');
  // This month and last month in view; earlier ones folded away.
  const lastMonth = today.startsWith(String(ledger.meta.year)) ? Math.max(1, Number(today.slice(5, 7)) - 1) : 12;
  const recent = blanks.filter((b) => Number(b.date.slice(5, 7)) >= Math.min(lastMonth, 11));
  const earlier = blanks.filter((b) => !recent.includes(b));
  return (
    <div>
      <h2>“三会一课”等落实情况（{ledger.meta.year}年）</h2>
      <p class="hint">
        按规定的频次检查：党员大会每季度、支委会每月、党小组会每月（每个党小组）、主题党日每月、组织生活会和民主评议党员每年。
        ✓ 已开，✗ 缺 表示该期已过而没有记录；空白表示还没到期（统计到 {today}）。到会支委不足半数的支委会不计入。
      </p>
      <div class="table-wrap">
        <table class="ledger-table year-grid">
          <thead>
            <tr>
              <th scope="col">项目</th>
              {MONTHS.map((m) => <th scope="col" key={m}>{m}</th>)}
              <th scope="col">已开/应开</th>
            </tr>
          </thead>
          <tbody>
            {grid.map((r) => (
              <tr key={`${r.kind}-${r.group}`}>
                <th scope="row">
                  {r.kind}
                  {r.group && <span class="sub">（{r.group}）</span>}
                  <span class="sub"> {PERIOD_LABEL[r.period]}</span>
                </th>
                {r.cells.map((c) => (
                  <td key={c.from} colSpan={c.to - c.from + 1} class={`cell ${c.state}`} data-state={c.state} title={STATE_LABEL[c.state]}>
                    {cellText(c)}
                    <span class="visually-hidden">{STATE_LABEL[c.state]}</span>
                  </td>
                ))}
                <td class="num">{r.held}/{r.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {noGroups && <p class="hint">名册中没有填写党小组，所以不列党小组会。</p>}
      {invalid.length > 0 && (
        <>
          <h3>不计入的记录</h3>
          <ul class="invalid-list">
            {invalid.map((x) => (
              <li key={x.activityId}>
                {x.date} {x.kind}：{x.reason}（依据：支部工作条例第十二条，半数以上委员到会方能召开）
              </li>
            ))}
          </ul>
        </>
      )}
      {unchecked > 0 && <p class="hint">名册中没有标明支委，有 {unchecked} 次支委会无法核对到会人数，暂按已开计算；请在名册中填写“支委职务”。</p>}
      <h3>按年度工作日历，尚未记录的事项</h3>
      {blanks.length === 0 ? (
        <p class="empty">到今天为止，日历中的事项都有记录了。</p>
      ) : (
        <>
          <BlankList blanks={recent} onFill={onFill} />
          {earlier.length > 0 && (
            <details>
              <summary>更早月份尚未记录的事项（{earlier.length} 项）</summary>
              <BlankList blanks={earlier} onFill={onFill} />
            </details>
          )}
        </>
      )}
    </div>
  );
}
