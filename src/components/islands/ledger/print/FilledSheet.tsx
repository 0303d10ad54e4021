// A blank template (content/guide/ledger-templates.yaml) printed with the 台账's values written in:
// the same blocks, labels and columns, in the same layout (src/styles/ledger-sheet.css).
import type { ComponentChildren } from 'preact';
import type { LedgerTemplate } from '../../../../schemas/ledger-template';
import SheetFields, { SheetSignatures } from './SheetFields';

export interface SheetFill {
  /** 'fields' blocks: label → value. */
  fields?: Record<string, string>;
  /** 'choices' blocks: label → the option ticked. */
  choices?: Record<string, string>;
  /** 'lines' blocks: label → text written on the lines. */
  lines?: Record<string, string>;
  /** 'table' blocks in order: rows of cells; short tables are padded with the template's blank rows. */
  tables?: string[][][];
  /** Printed after the template's own notes. */
  extra?: ComponentChildren;
}

const percent = (widths: number[], i: number) => `${(((widths[i] ?? 0) * 100) / widths.reduce((a, b) => a + b, 0)).toFixed(1)}%`;

export default function FilledSheet({ template: t, fill, subtitle }: { template: LedgerTemplate; fill: SheetFill; subtitle?: string }) {
  let table = -1;
  return (
    <section class="ledger-sheet">
      <p class="ledger-sheet-title">{t.title}</p>
      {subtitle && <p class="ledger-sheet-subtitle">{subtitle}</p>}
      <div class="tpl" data-template={t.id}>
        {t.blocks.map((b, bi) => {
          switch (b.kind) {
            case 'fields':
              return <SheetFields key={bi} fields={b.fields.map((f) => [f, fill.fields?.[f] ?? ''])} columns={b.columns ?? 2} />;
            case 'choices': {
              const chosen = fill.choices?.[b.label];
              return (
                <p key={bi} class="tpl-choices">
                  <span class="tpl-label">{b.label}：</span>
                  {b.options.map((o) => (
                    <span key={o} class="tpl-choice">
                      <span class="tpl-box" aria-hidden="true">
                        {o === chosen ? '✓' : ''}
                      </span>
                      {o}
                    </span>
                  ))}
                </p>
              );
            }
            case 'lines': {
              const text = fill.lines?.[b.label] ?? '';
              // Written text takes the lines it needs; the rest stay blank to write on.
              const used = text ? text.split('\n').length : 0;
              return (
                <div key={bi} class="tpl-lines">
                  <p class="tpl-label">{b.label}：</p>
                  {text && <p class="tpl-written">{text}</p>}
                  {Array.from({ length: Math.max(0, b.lines - used) }, (_, i) => (
                    <div key={i} class="tpl-line" aria-hidden="true" />
                  ))}
                </div>
              );
            }
            case 'table': {
              table++;
              const rows = fill.tables?.[table] ?? [];
              const blank = Math.max(0, b.rows - rows.length);
              return (
                <table key={bi} class="tpl-table">
                  {b.caption && <caption>{b.caption}</caption>}
                  {b.widths && (
                    <colgroup>
                      {b.columns.map((_, i) => (
                        <col key={i} style={{ width: percent(b.widths!, i) }} />
                      ))}
                    </colgroup>
                  )}
                  <thead>
                    <tr>
                      {b.columns.map((c) => (
                        <th key={c} scope="col">
                          {c}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((r, ri) => (
                      <tr key={ri}>
                        {b.columns.map((_, i) => (
                          <td key={i}>{r[i] ?? ''}</td>
                        ))}
                      </tr>
                    ))}
                    {Array.from({ length: blank }, (_, ri) => (
                      <tr key={`b${ri}`}>
                        {b.columns.map((_, i) => (
                          <td key={i}>{b.numbered && i === 0 ? rows.length + ri + 1 : ''}</td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              );
            }
            case 'signatures':
              return <SheetSignatures key={bi} labels={b.labels} />;
            case 'note':
              return (
                <p key={bi} class="tpl-note">
                  {b.text}
                </p>
              );
            default:
              // 'rules' and 'practice' lines are resolved from content data at build time; the
              // filled prints state their own basis in `extra`.
              return null;
          }
        })}
        {fill.extra}
      </div>
    </section>
  );
}
