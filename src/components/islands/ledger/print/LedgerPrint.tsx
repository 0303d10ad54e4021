// 打印和导出 Excel: choose a filled sheet (会议记录, 签到表, 学时登记表, 年度落实表) and print it
// alone on A4, or download the 学时登记表 / activity list as Excel.
import { useState } from 'preact/hooks';
import type { Ledger } from '../../../../schemas/ledger';
import type { MemberHoursRow } from '../../../../lib/ledger/hours';
import type { GridRow } from '../../../../lib/ledger/grid';
import { MinutesSheet, SignInSheet } from './ActivitySheets';
import HoursSheet from './HoursSheet';
import YearGridSheet from './YearGridSheet';
import { printDocument } from './print-document';
import '../../../../styles/ledger-sheet.css';

type Doc = 'minutes' | 'signin' | 'hours' | 'grid';
const DOCS: [Doc, string][] = [
  ['minutes', '会议记录（每次活动一页）'],
  ['signin', '签到表（名册中的姓名）'],
  ['hours', '党员学时登记表'],
  ['grid', '年度落实情况表'],
];
const ALL = '*';

export interface LedgerPrintProps {
  ledger: Ledger;
  hours: readonly MemberHoursRow[];
  grid: readonly GridRow[];
  /** 年度学时要求 (条例第二十条, from the requirements data). */
  target: number;
  /** Date of the figures (YYYY-MM-DD). */
  asOf: string;
}

export default function LedgerPrint({ ledger, hours, grid, target, asOf }: LedgerPrintProps) {
  const acts = [...ledger.activities].sort((a, b) => b.date.localeCompare(a.date));
  const [doc, setDoc] = useState<Doc>('minutes');
  const [actId, setActId] = useState(acts[0]?.id ?? '');
  const [excel, setExcel] = useState('');
  const needsActivity = doc === 'minutes' || doc === 'signin';
  const chosen = acts.find((a) => a.id === actId);
  const canPrint = !needsActivity || chosen || (doc === 'minutes' && actId === ALL && acts.length > 0);

  const print = () => {
    if (doc === 'hours') return printDocument(<HoursSheet ledger={ledger} rows={hours} target={target} />);
    if (doc === 'grid') return printDocument(<YearGridSheet ledger={ledger} rows={grid} asOf={asOf} />);
    if (doc === 'minutes') {
      const list = actId === ALL ? [...acts].reverse() : chosen ? [chosen] : [];
      return printDocument(<>{list.map((a) => <MinutesSheet key={a.id} ledger={ledger} activity={a} />)}</>);
    }
    if (chosen) printDocument(<SignInSheet ledger={ledger} activity={chosen} />);
  };

  const download = async (what: 'hours' | 'activities') => {
    setExcel('正在生成 Excel 文件…');
    try {
      const x = await import('../ledger-excel');
      await (what === 'hours' ? x.downloadHoursExcel(ledger, hours) : x.downloadActivitiesExcel(ledger));
      setExcel('已生成 Excel 文件，请在浏览器的下载中查看。');
    } catch {
      setExcel('生成 Excel 文件失败，请稍后再试。');
    }
  };

  return (
    <div class="ledger-print-panel">
      <fieldset>
        <legend>打印（A4，与空白台账模板同样的格式）</legend>
        <div class="ledger-print-choices" role="radiogroup" aria-label="打印哪一种">
          {DOCS.map(([id, label]) => (
            <label key={id}>
              <input type="radio" name="ledger-print-doc" value={id} checked={doc === id} onChange={() => setDoc(id)} /> {label}
            </label>
          ))}
        </div>
        {needsActivity && acts.length > 0 && (
          <label class="ledger-print-activity">
            选择活动
            <select value={actId} onChange={(e) => setActId(e.currentTarget.value)}>
              {doc === 'minutes' && acts.length > 1 && <option value={ALL}>全部活动（{acts.length} 次，每次一页）</option>}
              {acts.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.date} {a.kind} {a.topic}
                </option>
              ))}
            </select>
          </label>
        )}
        {needsActivity && acts.length === 0 && <p>还没有活动记录。先在“活动记录”中添加一次活动。</p>}
        <button type="button" class="print-button" disabled={!canPrint} onClick={print}>
          打印
        </button>
      </fieldset>
      <fieldset>
        <legend>导出 Excel</legend>
        <button type="button" class="secondary" onClick={() => void download('hours')}>
          党员学时登记表（.xlsx）
        </button>{' '}
        <button type="button" class="secondary" disabled={acts.length === 0} onClick={() => void download('activities')}>
          组织生活和学习记录（.xlsx）
        </button>
        {excel && <p role="status">{excel}</p>}
      </fieldset>
    </div>
  );
}
