import type { ComponentChildren } from 'preact';

/** The label-and-value lines of a filled sheet, laid out like the blank templates; one row unless `columns` says. */
export default function SheetFields({ fields, columns = fields.length }: { fields: [label: string, value: ComponentChildren][]; columns?: number }) {
  return (
    <div class={`tpl-fields cols-${columns}`}>
      {fields.map(([label, value]) => (
        <div key={label} class="tpl-field">
          <span class="tpl-label">{label}：</span>
          <span class="tpl-blank tpl-filled">{value}</span>
        </div>
      ))}
    </div>
  );
}

/** The signature lines at the foot of a filled sheet: each label, then 日期. */
export function SheetSignatures({ labels }: { labels: readonly string[] }) {
  return (
    <div class="tpl-signatures">
      {[...labels, '日期'].map((l) => (
        <div key={l} class="tpl-field">
          <span class="tpl-label">{l}：</span>
          <span class="tpl-blank" />
        </div>
      ))}
    </div>
  );
}
