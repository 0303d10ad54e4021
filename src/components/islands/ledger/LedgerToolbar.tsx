import type { Derived } from '../../../lib/ledger/derive';
import type { Ledger } from '../../../schemas/ledger';

interface Props {
  ledger: Ledger;
  derived: Derived;
}

/**
 * Mount point for the 台账's file and print tools (导入名册 / 导出 / 导入 / 打印 / Excel / 清除本机台账).
 * Each tool is its own component, loaded on click (e.g. with lazyPart from ./lazy-part or a dynamic
 * import in the click handler), so the page's first load stays small. The tools get the open ledger and
 * its derived figures here and change data only through the actions in src/stores/ledger.ts
 * (addMembers, putLedger, deleteLedger).
 */
export default function LedgerToolbar(_props: Props) {
  return <div class="ledger-toolbar" role="toolbar" aria-label="台账工具" />;
}
