import type { ComponentChildren } from 'preact';

/** The label-and-value lines at the top of a filled sheet, laid out like the blank templates. */
export default function SheetFields({ fields }: { fields: [label: string, value: ComponentChildren][] }) {
  return (
    <div class={`tpl-fields cols-${fields.length}`}>
      {fields.map(([label, value]) => (
        <div key={label} class="tpl-field">
          <span class="tpl-label">{label}：</span>
          <span class="tpl-blank tpl-filled">{value}</span>
        </div>
      ))}
    </div>
  );
}
