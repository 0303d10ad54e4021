import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { putAssessment, updateAnswer } from '../../../stores/assessments';
import { acceptChecklistVersion, checklistChange } from '../../../lib/assessment/checklist-versions';
import { $current, $filter, $score, $visibleItems, applyFilter, openInitial, type Filter } from '../../../stores/checklist-session';
import AssessmentBar, { CreateForm } from './AssessmentBar';
import ItemCard, { type BasisLink } from './ItemCard';
import RecoveryBanner from './RecoveryBanner';
import { printPart } from '../print';
import { DimensionScores, ScoreBar } from './ScoreSummary';

interface Props {
  checklist: Checklist;
  basis: Record<string, BasisLink>;
}

/** The report page, under the site's base path (BASE_PATH deployments). */
const REPORT_PAGE = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/checklists/baogao/`;

const FILTERS: [Filter, string][] = [
  ['all', '全部指标'],
  ['unanswered', '只看未作答'],
  ['lost', '只看失分项'],
];

/** Downloads and the printed result are used now and then: their code loads on use, not with the page. */
const exports = () => import('./export-table');
type PrintFilledProps = { checklist: Checklist; assessment: Assessment };

/** The printed result, loaded just after the page shows (Ctrl+P must find it ready). */
function LazyPrintFilled(props: PrintFilledProps) {
  const [View, setView] = useState<FunctionComponent<PrintFilledProps> | null>(null);
  useEffect(() => {
    void import('./PrintFilled').then((m) => setView(() => m.default));
  }, []);
  return View ? <View {...props} /> : null;
}

/** A saved assessment made on an earlier version of this checklist: say what changed. */
function VersionNotice({ checklist, current }: { checklist: Checklist; current: Assessment }) {
  const change = checklistChange(current, checklist);
  if (!change) return null;
  return (
    <div class="notice" role="alert" data-testid="version-notice">
      <p>
        这份自评按第 {current.checklistVersion} 版自评表填写，自评表现为第 {checklist.version} 版。已有答案按指标对应保留。
        {change.added.length > 0 && `新增 ${change.added.length} 项需要填写：${change.added.map((i) => i.title).join('、')}。`}
        {change.removedIds.length > 0 && `有 ${change.removedIds.length} 项指标已取消，其答案仍保存在本机但不再计分。`}
      </p>
      <button type="button" onClick={() => putAssessment(acceptChecklistVersion(current, checklist, Date.now()))}>
        知道了
      </button>
    </div>
  );
}

export default function ChecklistApp({ checklist, basis }: Props) {
  const current = useStore($current);
  const score = useStore($score);
  const filter = useStore($filter);
  const visible = useStore($visibleItems);

  useEffect(() => {
    openInitial(checklist, new URLSearchParams(location.search).get('a'));
  }, [checklist]);

  if (!current || !score) {
    return (
      <div class="checklist-app">
        <RecoveryBanner />
        <CreateForm checklist={checklist} />
        <p>
          <button type="button" class="secondary" onClick={() => printPart('blank')}>
            打印空白表
          </button>
        </p>
      </div>
    );
  }

  return (
    <div class="checklist-app">
      <RecoveryBanner />
      <AssessmentBar checklist={checklist} current={current} />
      <ScoreBar checklist={checklist} score={score} />
      <DimensionScores checklist={checklist} score={score} />
      <div class="toolbar">
        <div role="group" aria-label="显示哪些指标">
          {FILTERS.map(([f, label]) => (
            <button type="button" key={f} aria-pressed={filter === f} onClick={() => applyFilter(f)}>
              {label}
            </button>
          ))}
        </div>
        <button type="button" class="secondary" onClick={() => printPart('blank')}>
          打印空白表
        </button>
        <button type="button" class="secondary" onClick={() => printPart('filled')}>
          打印填写结果
        </button>
        <button type="button" class="secondary" onClick={() => void exports().then((m) => m.downloadJson(current, checklist))}>
          导出文件
        </button>
        <button type="button" class="secondary" onClick={() => void exports().then((m) => m.downloadExcel(current, checklist))}>
          导出 Excel
        </button>
        <button type="button" class="secondary" onClick={() => void exports().then((m) => m.downloadCsv(current, checklist))}>
          导出 CSV
        </button>
        <a class="button-link" href={`${REPORT_PAGE}?a=${encodeURIComponent(current.id)}`}>
          生成报告
        </a>
      </div>
      <VersionNotice checklist={checklist} current={current} />
      {visible && visible.size === 0 && <p class="notice">{filter === 'lost' ? '没有失分项。' : '所有指标都已作答。'}</p>}
      {checklist.dimensions.map((dim) => {
        const items = dim.items.filter((i) => !visible || visible.has(i.id));
        if (items.length === 0) return null;
        return (
          <section key={dim.id} class="dimension" aria-labelledby={`d-${dim.id}`}>
            <h2 id={`d-${dim.id}`}>{dim.title}</h2>
            {items.map((item) => (
              <ItemCard key={item.id} item={item} answer={current.answers[item.id]} basis={basis} onChange={(patch) => updateAnswer(current.id, item.id, patch)} />
            ))}
          </section>
        );
      })}
      <LazyPrintFilled checklist={checklist} assessment={current} />
    </div>
  );
}
