import type { Derived } from '../../../lib/ledger/derive';
import type { Ledger } from '../../../schemas/ledger';

interface Props {
  ledger: Ledger;
  derived: Derived;
}

/**
 * Mount point for the 台账's file and print tools (导入名册 / 导出 / 导入 / 打印 / Excel / 清除本机台账).
 * Each tool is its own lazily loaded component, added here; the page itself stays small.
 */
export default function LedgerToolbar(_props: Props) {
  return <div class="ledger-toolbar" role="toolbar" aria-label="台账工具" />;
}
