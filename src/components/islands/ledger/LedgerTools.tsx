// The 台账 page's toolbar for moving data in and out: 导入名册, 打印和导出 Excel, 导出/导入/清除.
// Each panel (and the spreadsheet, crypto and print code behind it) loads only when opened. The
// page text above the island says that names stay in this browser; the 导出 panel repeats it.
import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import type { Ledger, Member } from '../../../schemas/ledger';
import type { AcceptResult } from './RosterImport';
import type { GridRow } from '../../../lib/ledger/grid';
import type { MemberHoursRow } from '../../../lib/ledger/hours';
import '../../../styles/ledger-tools.css';

export interface LedgerToolsProps {
  /** The ledger on the page; null when this browser has none yet. */
  ledger: Ledger | null;
  hours: readonly MemberHoursRow[];
  grid: readonly GridRow[];
  /** 年度学时要求 from the requirements data. */
  target: number;
  /** Date the figures are computed for (YYYY-MM-DD). */
  asOf: string;
  onAddMembers: (members: Member[]) => AcceptResult;
  hasLedger: (id: string) => boolean;
  onImport: (ledger: Ledger) => boolean;
  onClear: () => void;
}

type PanelId = 'roster' | 'print' | 'file';
const PANELS: [PanelId, string][] = [
  ['roster', '导入名册'],
  ['print', '打印和导出 Excel'],
  ['file', '导出、导入、清除'],
];
const load: Record<PanelId, () => Promise<{ default: ComponentType<never> }>> = {
  roster: () => import('./RosterImport'),
  print: () => import('./print/LedgerPrint'),
  file: () => import('./LedgerFilePanel'),
};

export default function LedgerTools(props: LedgerToolsProps) {
  const [open, setOpen] = useState<PanelId | null>(null);
  const [panel, setPanel] = useState<{ id: PanelId; C: ComponentType<never> } | null>(null);
  const [failed, setFailed] = useState(false);

  const toggle = (id: PanelId) => {
    if (open === id) return setOpen(null);
    setOpen(id);
    setFailed(false);
    if (panel?.id !== id)
      load[id]().then(
        (m) => setPanel({ id, C: m.default }),
        () => setFailed(true),
      );
  };

  const { ledger } = props;
  const C = panel && panel.id === open ? (panel.C as ComponentType<Record<string, unknown>>) : null;
  const panelProps: Record<PanelId, Record<string, unknown>> = {
    roster: { year: ledger?.meta.year, existing: ledger?.members ?? [], onAccept: props.onAddMembers },
    print: { ledger, hours: props.hours, grid: props.grid, target: props.target, asOf: props.asOf },
    file: { ledger, hasLedger: props.hasLedger, onImport: props.onImport, onClear: props.onClear },
  };

  return (
    <div class="ledger-tools no-print">
      <div class="ledger-tools-bar" role="group" aria-label="名册导入、打印、导出">
        {PANELS.map(([id, label]) => (
          <button key={id} type="button" class="secondary" aria-expanded={open === id} aria-controls="ledger-tools-panel" disabled={id !== 'file' && !ledger} onClick={() => toggle(id)}>
            {label}
          </button>
        ))}
      </div>
      {open && (
        <div id="ledger-tools-panel" class="ledger-tools-panel">
          {failed ? (
            <p role="alert" class="field-error">
              功能没有加载成功（可能是网络中断）。请刷新页面后再试。
            </p>
          ) : C ? (
            <C {...panelProps[open]} />
          ) : (
            <p role="status">正在加载…</p>
          )}
        </div>
      )}
    </div>
  );
}
