// The pieces of the report preview: text with its blanks marked, paragraphs and tables.
import type { ReportParagraph, ReportTable } from '../../../lib/report/model';
import { splitMarkers } from '../../../lib/report/text';

/** User and drafted text alike are rendered as text; 【待填写：…】 blanks are highlighted. */
export function Marked({ text }: { text: string }) {
  return (
    <>
      {splitMarkers(text).map((part, i) =>
        part.marker ? (
          <mark key={i} class="r-blank">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

export function Paragraphs({ paragraphs }: { paragraphs: ReportParagraph[] }) {
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} class={p.lead && !p.text ? 'r-lead-only' : undefined}>
          {p.lead && (
            <span class={`r-lead r-lead-${p.lead.level}`}>
              <Marked text={p.lead.text} />
            </span>
          )}
          <Marked text={p.text} />
        </p>
      ))}
    </>
  );
}

export function TableView({ table, caption }: { table: ReportTable; caption?: boolean }) {
  const n = table.columns.length;
  return (
    <table class={caption ? 'r-table r-keep' : 'r-table'}>
      <caption class={caption ? undefined : 'visually-hidden'}>{table.caption}</caption>
      <colgroup>
        {table.columns.map((c) => (
          <col key={c.title} style={{ width: `${c.width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {table.columns.map((c) => (
            <th key={c.title} scope="col">
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) =>
          r.kind === 'group' ? (
            <tr key={i} class="r-group">
              <td colSpan={n}>{r.text}</td>
            </tr>
          ) : (
            <tr key={i} class={r.total ? 'r-total' : undefined}>
              {r.cells.map((c, j) => (
                <td key={j} class={table.columns[j]?.center ? 'r-center' : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
