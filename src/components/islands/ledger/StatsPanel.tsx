import type { Derived } from '../../../lib/ledger/derive';
import { MEASURE_IDS, MEASURES, measureValue } from '../../../lib/ledger/measures';
import type { Ledger } from '../../../schemas/ledger';

/** The year's figures, each with how it is counted (the same figures the self-check and report take). */
export default function StatsPanel({ ledger, derived }: { ledger: Ledger; derived: Derived }) {
  return (
    <div>
      <h2>年度统计</h2>
      <p class="hint">自评表和“写报告”中的“使用台账数据”取的就是这些数字。标“建议口径”的是本站的统计办法，规定没有写明。</p>
      <div class="table-wrap">
        <table class="ledger-table stats-table">
          <thead>
            <tr>
              <th scope="col">项目</th>
              <th scope="col">数字</th>
              <th scope="col">怎样计算</th>
            </tr>
          </thead>
          <tbody>
            {MEASURE_IDS.map((id) => {
              const m = MEASURES[id];
              const v = measureValue(id, derived, ledger);
              return (
                <tr key={id} data-measure={id}>
                  <th scope="row">{m.label}</th>
                  <td class="num">{v === null ? '—' : `${v} ${m.unit}`}</td>
                  <td>{m.how}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
