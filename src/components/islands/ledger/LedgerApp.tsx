import { useStore } from '@nanostores/preact';
import { useState } from 'preact/hooks';
import type { GridRule } from '../../../lib/ledger/grid-rules';
import type { PlannedTask } from '../../../lib/ledger/quick-entry';
import { $derived, $ledger, $ready, loadValidator, setContext } from '../../../stores/ledger';
import HoursTable from './HoursTable';
import LedgerBar from './LedgerBar';
import LedgerRecovery from './LedgerRecovery';
import LedgerToolbar from './LedgerToolbar';
import StatsPanel from './StatsPanel';
import YearGrid from './YearGrid';
import { lazyPart } from '../lazy-part';
import LedgerTabs from './LedgerTabs';

// The entry forms load when their tab is first opened.
const ActivitySection = lazyPart(() => import('./ActivitySection'));
const RosterSection = lazyPart(() => import('./RosterSection'));
const PersonalHoursSection = lazyPart(() => import('./PersonalHoursSection'));

interface Props {
  target: number;
  rules: GridRule[];
  planned: PlannedTask[];
}

const TABS = [
  ['grid', '年度落实表'],
  ['activities', '活动记录'],
  ['roster', '党员名册'],
  ['hours', '学时'],
  ['personal', '个人学时'],
  ['stats', '统计'],
] as const;
type Tab = (typeof TABS)[number][0];

/** The 台账 page: picks a ledger, shows one part at a time (so long lists render only when open). */
export default function LedgerApp({ target, rules, planned }: Props) {
  const [failed, setFailed] = useState(false);
  useState(() => {
    setContext({ target, rules, planned });
    loadValidator().catch(() => setFailed(true));
  });
  const ready = useStore($ready);
  const ledger = useStore($ledger);
  const derived = useStore($derived);
  const [tab, setTab] = useState<Tab>('grid');
  if (!ready) {
    return <p role="status">{failed ? '台账程序没有加载成功，请检查网络后刷新本页。' : '正在读取本浏览器中保存的台账……'}</p>;
  }
  return (
    <div class="checklist-app ledger-app">
      <LedgerRecovery />
      <LedgerBar />
      <LedgerToolbar ledger={ledger} derived={derived} />
      {ledger && derived && (
        <>
          <LedgerTabs tabs={TABS} selected={tab} label="台账内容" onSelect={setTab} />
          <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} class="ledger-panel">
            {tab === 'grid' && <YearGrid ledger={ledger} grid={derived.grid} today={derived.today} onFill={() => setTab('activities')} />}
            {tab === 'activities' && <ActivitySection ledger={ledger} />}
            {tab === 'roster' && <RosterSection ledger={ledger} />}
            {tab === 'hours' && <HoursTable rows={derived.hours} attendance={derived.attendance} target={target} />}
            {tab === 'personal' && <PersonalHoursSection ledger={ledger} />}
            {tab === 'stats' && <StatsPanel ledger={ledger} derived={derived} />}
          </section>
        </>
      )}
    </div>
  );
}
