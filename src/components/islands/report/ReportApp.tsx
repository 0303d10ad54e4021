import { useStore } from '@nanostores/preact';
import { useMemo, useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import { assessmentLabel, type Assessment } from '../../../lib/assessment/model';
import { draftReport } from '../../../lib/report/draft';
import { applyEdits } from '../../../lib/report/edits';
import { reportOf } from '../../../lib/report/facts';
import { $assessments } from '../../../stores/assessments';
import { SaveStatus } from '../checklist/AssessmentBar';
import FactsForm from './FactsForm';
import ReportPreview from './ReportPreview';
import { downloadWord, printReport } from './report-download';
import ChecklistLinks from '../checklist/ChecklistLinks';
import { CHECKLIST_LOAD_ERROR, type ChecklistRef } from '../../../stores/checklist-data';
import { useChecklist } from '../checklist/use-checklist';

type DownloadState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'error'; message: string };

function Workspace({ assessment: a, checklist }: { assessment: Assessment; checklist: Checklist }) {
  const { facts, edits } = reportOf(a);
  const model = useMemo(() => applyEdits(draftReport(checklist, a, facts), edits), [a, checklist]);
  const [download, setDownload] = useState<DownloadState>({ kind: 'idle' });
  const onDownload = () => {
    setDownload({ kind: 'busy' });
    downloadWord(model).then(
      () => setDownload({ kind: 'idle' }),
      () => setDownload({ kind: 'error', message: '生成 Word 文档失败：请刷新页面后重试；如仍失败，可先用“打印报告”保存为 PDF。' }),
    );
  };
  return (
    <>
      <FactsForm key={a.id} assessment={a} facts={facts} />
      <div class="toolbar report-toolbar">
        <button type="button" onClick={onDownload} disabled={download.kind === 'busy'}>
          {download.kind === 'busy' ? '正在生成 Word 文档……' : '下载 Word 文档'}
        </button>
        <button type="button" class="secondary" onClick={printReport}>
          打印报告
        </button>
        <SaveStatus />
        {download.kind === 'error' && (
          <p class="field-error" role="alert">
            {download.message}
          </p>
        )}
      </div>
      <ReportPreview key={a.id} model={model} assessmentId={a.id} edits={edits} />
    </>
  );
}

/** 生成自查评估报告: pick a saved assessment, give the facts, edit the draft, print or download. */
export default function ReportApp({ checklists }: { checklists: ChecklistRef[] }) {
  const all = useStore($assessments);
  const [chosen, setChosen] = useState<string | null>(() => new URLSearchParams(location.search).get('a'));
  const byId = new Map(checklists.map((c) => [c.id, c]));
  const usable = all.filter((a) => byId.has(a.checklistId));
  const current = usable.find((a) => a.id === chosen) ?? usable[0];
  const checklist = useChecklist(current?.checklistId);

  if (!current) {
    return (
      <div class="checklist-app report-app">
        <p class="notice" data-testid="no-assessment">
          本浏览器中还没有保存的自评，无法生成报告。请先填写一张自评表（填写内容会自动保存），再回到这里：
        </p>
        <ChecklistLinks checklists={checklists} />
      </div>
    );
  }

  const choose = (id: string) => {
    setChosen(id);
    history.replaceState(null, '', `?a=${encodeURIComponent(id)}`);
  };
  const ref = byId.get(current.checklistId)!;
  return (
    <div class="checklist-app report-app">
      <div class="report-picker">
        <label>
          根据哪一份自评生成报告
          <select value={current.id} onChange={(e) => choose(e.currentTarget.value)}>
            {usable.map((a) => (
              <option key={a.id} value={a.id}>
                {assessmentLabel(a)} · {byId.get(a.checklistId)!.title}
              </option>
            ))}
          </select>
        </label>
        <a href={`${ref.href}?a=${encodeURIComponent(current.id)}`}>回到自评表修改答案</a>
      </div>
      {checklist === 'loading' && <p role="status">正在读取自评表……</p>}
      {checklist === 'error' && (
        <p class="field-error" role="alert">
          {CHECKLIST_LOAD_ERROR}
        </p>
      )}
      {typeof checklist === 'object' && <Workspace assessment={current} checklist={checklist} />}
    </div>
  );
}
