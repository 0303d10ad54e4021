// The filled 学时登记表: members × months, total, the year's requirement and 达标. Members under
// 第二十三条 are listed apart and never counted as short.
import type { Ledger } from '../../../../schemas/ledger';
import type { MemberHoursRow } from '../../../../lib/ledger/hours';
import { MONTH_LABELS, targetWords } from '../../../../lib/ledger/export-rows';
import SheetFields, { SheetSignatures } from './SheetFields';

export default function HoursSheet({ ledger, rows, target }: { ledger: Ledger; rows: readonly MemberHoursRow[]; target: number }) {
  const counted = rows.filter((r) => r.target !== null);
  const exempt = rows.filter((r) => r.target === null);
  const met = counted.filter((r) => r.met).length;
  const prorated = counted.filter((r) => r.prorated).length;
  const line = (r: MemberHoursRow, i: number) => {
    const w = targetWords(r);
    return (
      <tr key={r.memberId} class={r.met === false ? 'short' : undefined}>
        <td>{i + 1}</td>
        <td>{r.name}</td>
        <td>{r.group}</td>
        {r.byMonth.map((h, m) => (
          <td key={m}>{h === 0 ? '' : h}</td>
        ))}
        <td>{r.total}</td>
        <td>{w.target}</td>
        <td>{w.met}</td>
      </tr>
    );
  };
  return (
    <section class="ledger-sheet landscape">
      <p class="ledger-sheet-title">党员学时登记表</p>
      <div class="tpl">
        <SheetFields
          fields={[
            ['党支部', ledger.meta.unit],
            ['年度', ledger.meta.year],
            ['年度要求', `${target} 学时`],
            ['达标', `${met} / ${counted.length} 人`],
          ]}
        />
        <table class="tpl-table hours-table">
          <colgroup>
            {[3.6, 6, 7.5, ...Array<number>(12).fill(3.65), 4, 18.6, 14].map((w, i) => (
              <col key={i} style={{ width: `${w}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th scope="col">序号</th>
              <th scope="col">姓名</th>
              <th scope="col">党小组</th>
              {MONTH_LABELS.map((m) => (
                <th key={m} scope="col">
                  {m}
                </th>
              ))}
              <th scope="col">合计</th>
              <th scope="col">年度要求</th>
              <th scope="col">是否达标</th>
            </tr>
          </thead>
          <tbody>{counted.map(line)}</tbody>
          {exempt.length > 0 && (
            <tbody>
              <tr>
                <th colSpan={18} class="group-row">
                  年老体弱、行动不便的党员（条例第二十三条：不作硬性要求，送学上门，不计入未达标）
                </th>
              </tr>
              {exempt.map((r, i) => line(r, counted.length + i))}
            </tbody>
          )}
        </table>
        <p class="tpl-note">
          学时含参加支部组织生活和学习的学时，以及登记的个人学时（在线学习、党校培训等）。
          {prorated > 0 && `年中转入或转出的 ${prorated} 名党员，年度要求按在支部的月数折算（${target} × 月数 ÷ 12，向上取到 0.5 学时），这是本站的建议口径，不是统一规定。`}
        </p>
        <SheetSignatures labels={['统计人（签字）', '审核人（签字）']} />
      </div>
    </section>
  );
}
