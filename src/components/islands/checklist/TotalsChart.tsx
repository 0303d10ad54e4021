import type { SummaryRow } from '../../../lib/assessment/summary';
import { centsOrDash, centsToPoints } from '../../../lib/scoring/cents';

/** Horizontal bars of each unit's total, drawn as SVG (prints and scales without a chart library). */
export default function TotalsChart({ rows, full }: { rows: SummaryRow[]; full: number }) {
  const bar = 22;
  const label = 160;
  const width = 640;
  const plot = width - label - 60;
  const height = rows.length * (bar + 8) + 10;
  return (
    <svg class="totals-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="各单位总分条形图">
      {rows.map((r, i) => {
        const y = 5 + i * (bar + 8);
        const w = r.total === null ? 0 : Math.max(1, (centsToPoints(r.total) / full) * plot);
        return (
          <g key={r.file}>
            <text x={label - 8} y={y + bar * 0.7} text-anchor="end">
              {r.unit.length > 12 ? r.unit.slice(0, 11) + '…' : r.unit}
            </text>
            <rect x={label} y={y} width={w} height={bar} class="bar" />
            <text x={label + w + 6} y={y + bar * 0.7}>
              {centsOrDash(r.total)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
