import { memoRow } from './memo-row';
import type { MemberHoursRow } from '../../../lib/ledger/hours';
import type { MemberAttendance } from '../../../lib/ledger/stats';

const Row = memoRow(function Row({ r, att }: { r: MemberHoursRow; att: MemberAttendance | undefined }) {
  return (
    <tr data-member={r.name}>
      <td>{r.name}</td>
      <td>{r.group || '—'}</td>
      <td class="num">{r.total}</td>
      <td class="num">
        {r.target ?? '—'}
        {r.prorated && <span title="按在支部月数折算（建议口径）">（折算，{r.months}个月）</span>}
      </td>
      <td>{r.met === null ? '不作硬性要求' : r.met ? '达标' : `差 ${r.target! - r.total} 学时`}</td>
      <td class="num">{att?.rate == null ? '—' : `${att.rate}%`}{att && att.leave > 0 ? `（请假 ${att.leave}）` : ''}</td>
    </tr>
  );
});

function Table({ rows, attendance, caption }: { rows: MemberHoursRow[]; attendance: Map<string, MemberAttendance>; caption: string }) {
  return (
    <div class="table-wrap">
      <table class="ledger-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">党小组</th>
            <th scope="col">学时</th>
            <th scope="col">目标</th>
            <th scope="col">情况</th>
            <th scope="col">到会率</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => <Row key={r.memberId} r={r} att={attendance.get(r.memberId)} />)}
        </tbody>
      </table>
    </div>
  );
}

/** Each member's 学时 against the target; 第二十三条 members in a table of their own. */
export default function HoursTable({ rows, attendance, target }: { rows: MemberHoursRow[]; attendance: MemberAttendance[]; target: number }) {
  const att = new Map(attendance.map((a) => [a.memberId, a]));
  const main = rows.filter((r) => r.target !== null);
  const exempt = rows.filter((r) => r.target === null);
  const short = main.filter((r) => r.met === false).length;
  return (
    <div>
      <h2>党员学时</h2>
      <p class="hint">
        党员每年参加集中学习培训一般不少于 {target} 学时（党员教育管理工作条例第二十条）。学时 = 到会活动的学时 + 个人学时。
        年内转入或转出的党员，目标按在本支部的月数折算：{target} × 月数 ÷ 12，向上取到 0.5 学时（<strong>建议口径</strong>，规定没有写折算办法）。
      </p>
      {rows.length === 0 ? (
        <p class="empty">名册还是空的，先在“党员名册”中添加党员。</p>
      ) : (
        <>
          <p role="status">
            有学时目标的 {main.length} 人中，{main.length - short} 人达标，{short} 人未达标。
          </p>
          <Table rows={main} attendance={att} caption="有学时目标的党员" />
          {exempt.length > 0 && (
            <>
              <h3>年老体弱、行动不便的党员（不作硬性要求）</h3>
              <p class="hint">按条例第二十三条，对这些党员不作学时硬性要求，以送学上门等方式开展教育；这里只列出记录，不计入未达标。</p>
              <Table rows={exempt} attendance={att} caption="不作硬性要求的党员" />
            </>
          )}
        </>
      )}
    </div>
  );
}
