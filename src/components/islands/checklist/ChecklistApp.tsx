import { useStore } from '@nanostores/preact';
import { useEffect } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { updateAnswer } from '../../../stores/assessments';
import { $current, $filter, $score, $visibleItems, applyFilter, openInitial, type Filter } from '../../../stores/checklist-session';
import AssessmentBar, { CreateForm } from './AssessmentBar';
import ItemCard, { type BasisLink } from './ItemCard';
import RecoveryNotice from './RecoveryNotice';
import { lazyPart } from '../lazy-part';
import { printPart } from '../print';
import { DimensionScores, ScoreBar } from './ScoreSummary';

interface Props {
  checklist: Checklist;
  basis: Record<string, BasisLink>;
  /** Each item's scoring rule in words, by item id. */
  rules: Record<string, string>;
}

/** The report page, under the site's base path (BASE_PATH deployments). */
const REPORT_PAGE = `${import.meta.env.BASE_URL.replace(/\/$/, '')}/checklists/baogao/`;

const FILTERS: [Filter, string][] = [
  ['all', '全部指标'],
  ['unanswered', '只看未作答'],
  ['lost', '只看失分项'],
];

/** Downloads are used now and then: their code loads on use, not with the page. */
const exports = () => import('./export-table');
/** The printed result, loaded just after the page shows (Ctrl+P must find it ready). */
const PrintFilled = lazyPart(() => import('./PrintFilled'), true);

/** Needed only for an assessment filled in against an earlier version of the checklist. */
const VersionNotice = lazyPart(() => import('./VersionNotice'), true);

export default function ChecklistApp({ checklist, basis, rules }: Props) {
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
        <RecoveryNotice />
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
      <RecoveryNotice />
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
      {current.checklistVersion !== checklist.version && <VersionNotice checklist={checklist} current={current} />}
      {visible && visible.size === 0 && <p class="notice">{filter === 'lost' ? '没有失分项。' : '所有指标都已作答。'}</p>}
      {checklist.dimensions.map((dim) => {
        const items = dim.items.filter((i) => !visible || visible.has(i.id));
        if (items.length === 0) return null;
        return (
          <section key={dim.id} class="dimension" aria-labelledby={`d-${dim.id}`}>
            <h2 id={`d-${dim.id}`}>{dim.title}</h2>
            {items.map((item) => (
              <ItemCard key={item.id} item={item} answer={current.answers[item.id]} basis={basis} rule={rules[item.id] ?? ''} onChange={(patch) => updateAnswer(current.id, item.id, patch)} />
            ))}
          </section>
        );
      })}
      <PrintFilled checklist={checklist} assessment={current} />
    </div>
  );
}
