import { useStore } from '@nanostores/preact';
import type { Derived } from '../../../lib/ledger/derive';
import type { Ledger } from '../../../schemas/ledger';
import { $context, addMembers, deleteLedger, getLedger, putLedger, selectLedger } from '../../../stores/ledger';
import LedgerTools from './LedgerTools';

interface Props {
  ledger: Ledger | null;
  derived: Derived | null;
}

/**
 * Mount point for the 台账's file and print tools (导入名册 / 导出 / 导入 / 打印 / Excel / 清除本机台账).
 * Shown also without a ledger, so that a file can be imported into an empty browser.
 */
export default function LedgerToolbar({ ledger, derived }: Props) {
  const ctx = useStore($context);
  return (
    <LedgerTools
      ledger={ledger}
      hours={derived?.hours ?? []}
      grid={derived?.grid ?? []}
      target={ctx?.target ?? 0}
      asOf={derived?.today ?? ''}
      onAddMembers={(members) => (ledger ? addMembers(ledger.meta.id, members) : { ok: false, message: '请先新建台账' })}
      hasLedger={(id) => getLedger(id) !== null}
      onImport={(l) => {
        const r = putLedger(l);
        if (r.ok) selectLedger(l.meta.id);
        return r.ok;
      }}
      onClear={() => ledger && deleteLedger(ledger.meta.id)}
    />
  );
}
