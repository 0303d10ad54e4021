// 导入名册: paste rows from Excel/WPS or choose an .xlsx; a preview lists what will be added and the
// rows that cannot be, and nothing is added until the user accepts the good rows.
import { useState } from 'preact/hooks';
import type { Member } from '../../../schemas/ledger';
import { readRoster, ROSTER_COLUMNS, splitPasted, type RawCell, type RosterImport as Preview } from '../../../lib/ledger/roster-import';
import { newRecordId } from '../../../stores/ledger-ids';

/** Adding the accepted members: all of them, or none with the reason. */
export type AcceptResult = { ok: true } | { ok: false; message: string };

export interface RosterImportProps {
  year: number;
  /** The roster as it is (duplicate names are checked against it). */
  existing: readonly Member[];
  /** Called once, with the good rows, when the user accepts them; a refusal keeps the preview. */
  onAccept: (members: Member[]) => AcceptResult | void;
  /** Makes member ids (tests); by default the store's short ids, unused in the roster. */
  newId?: () => string;
}

/** Short ids unused in the roster and among those already handed out. */
function memberIds(existing: readonly Member[]): () => string {
  const taken = new Set(existing.map((m) => m.id));
  return () => {
    const id = newRecordId('', (x) => taken.has(x));
    taken.add(id);
    return id;
  };
}

export default function RosterImport({ year, existing, onAccept, newId }: RosterImportProps) {
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<(Preview & { source: string }) | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);

  const check = (rows: RawCell[][], source: string) => {
    const r = readRoster(rows, { year, existing, newId: newId ?? memberIds(existing) });
    setMessage(r.good.length + r.bad.length === 0 ? { error: true, text: `${source}中没有读到任何党员。` } : null);
    setPreview(r.good.length + r.bad.length === 0 ? null : { ...r, source });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setMessage({ error: false, text: '正在读取表格…' });
    const { readRosterSheet } = await import('../../../lib/ledger/roster-xlsx');
    const sheet = await readRosterSheet(await file.arrayBuffer());
    if (!sheet.ok) {
      setPreview(null);
      return setMessage({ error: true, text: sheet.message });
    }
    check(sheet.rows, `“${file.name}”`);
  };

  const accept = () => {
    if (!preview) return;
    const members = preview.good.map((g) => g.member);
    const r = onAccept(members);
    if (r && !r.ok) return setMessage({ error: true, text: `没有导入：${r.message}` });
    setPreview(null);
    setText('');
    setMessage({ error: false, text: `已把 ${members.length} 名党员加入名册。` });
  };

  return (
    <div class="roster-import">
      <p>
        列的顺序：{ROSTER_COLUMNS.join('、')}。第一行可以是标题行（按标题认列，顺序不限）。类别留空按正式党员，状态留空按在职；
        日期可写 2026-3-5、2026/03/05、2026.3.5 或 2026年3月5日。
      </p>
      <label class="roster-paste">
        从 Excel 或 WPS 表格中选中名册的行，复制后粘贴在这里
        <textarea rows={6} value={text} onInput={(e) => setText(e.currentTarget.value)} spellcheck={false} />
      </label>
      <p class="roster-actions">
        <button type="button" class="secondary" disabled={text.trim() === ''} onClick={() => check(splitPasted(text), '粘贴的内容')}>
          检查粘贴的内容
        </button>
        <label>
          或选择 .xlsx 表格文件
          <input type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => {
            // Cleared afterwards so that choosing the same file again reads it again.
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }} />
        </label>
      </p>
      {message && (
        <p role={message.error ? 'alert' : 'status'} class={message.error ? 'field-error' : undefined}>
          {message.text}
        </p>
      )}
      {preview && (
        <section class="roster-preview" aria-label="导入预览">
          <p>
            {preview.source}：可以导入 <strong>{preview.good.length}</strong> 名党员
            {preview.bad.length > 0 && (
              <>
                ，<strong>{preview.bad.length}</strong> 行不能导入（见下）
              </>
            )}
            。{preview.header ? '第一行按标题行读取。' : '没有标题行，按上面的列顺序读取。'}
          </p>
          {preview.bad.length > 0 && (
            <ul class="roster-bad" aria-label="不能导入的行">
              {preview.bad.map((b) => (
                <li key={b.row}>
                  第 {b.row} 行{b.name ? `（${b.name}）` : ''}：{b.reasons.join('；')}
                </li>
              ))}
            </ul>
          )}
          {preview.good.length > 0 && (
            <div class="table-scroll">
              <table class="roster-good">
                <caption>将要导入的党员</caption>
                <thead>
                  <tr>
                    <th scope="col">行</th>
                    {ROSTER_COLUMNS.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {preview.good.map(({ row, member: m }) => (
                    <tr key={row}>
                      <td>{row}</td>
                      <td>{m.name}</td>
                      <td>{m.kind}</td>
                      <td>{m.group}</td>
                      <td>{m.status}</td>
                      <td>{m.committee ?? ''}</td>
                      <td>{m.joined ?? ''}</td>
                      <td>{m.left ?? ''}</td>
                      <td>{m.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p class="roster-actions">
            <button type="button" disabled={preview.good.length === 0} onClick={accept}>
              导入这 {preview.good.length} 名党员
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setPreview(null)}>
              取消
            </button>
          </p>
        </section>
      )}
    </div>
  );
}
