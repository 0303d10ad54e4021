import { useState } from 'preact/hooks';
import type { Checklist } from '../../../schemas/checklist';
import type { Assessment } from '../../../lib/assessment/model';
import { getAssessment, putAssessment } from '../../../stores/assessments';

type State =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; message: string }
  | { kind: 'conflict'; incoming: Assessment; notes: string[] };

const newId = () => `a${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** 导入: validates the file (the checks load only when a file is chosen) and never overwrites without asking. */
export default function ImportFile({ checklists }: { checklists: Checklist[] }) {
  const [state, setState] = useState<State>({ kind: 'idle' });

  const save = (a: Assessment, notes: string[]) => {
    const ok = putAssessment(a);
    setState(ok ? { kind: 'done', message: ['已导入“' + a.unit + ' ' + a.period + '年度”。', ...notes].join('') } : { kind: 'error', message: '导入失败：浏览器无法保存数据（存储已满或被禁止）。' });
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const { readImport, MAX_IMPORT_BYTES } = await import('../../../lib/assessment/exchange');
    const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
    const r = readImport(text, file.size, new Map(checklists.map((c) => [c.id, c])));
    if (!r.ok) return setState({ kind: 'error', message: `导入失败：${r.message}本机已保存的数据没有任何改动。` });
    if (getAssessment(r.assessment.id)) return setState({ kind: 'conflict', incoming: r.assessment, notes: r.notes });
    save(r.assessment, r.notes);
  };

  return (
    <div class="import-file">
      <label>
        导入自评文件（本站导出的 .json 文件）
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            // currentTarget is cleared once the event is over: keep the input to reset it afterwards.
            const input = e.currentTarget;
            void onFile(input.files?.[0]).finally(() => (input.value = ''));
          }}
        />
      </label>
      {state.kind === 'error' && (
        <p class="field-error" role="alert" data-testid="import-message">
          {state.message}
        </p>
      )}
      {state.kind === 'done' && (
        <p role="status" data-testid="import-message">
          {state.message}
        </p>
      )}
      {state.kind === 'conflict' && (
        <div role="alert" class="notice" data-testid="import-conflict">
          <p>本浏览器中已有同一份自评（{state.incoming.unit} {state.incoming.period}年度）。要怎样处理？</p>
          <button type="button" onClick={() => save({ ...state.incoming, updatedAt: Date.now() }, state.notes)}>
            用文件替换本机的这份
          </button>{' '}
          <button type="button" class="secondary" onClick={() => save({ ...state.incoming, id: newId(), unit: `${state.incoming.unit}（导入）` }, state.notes)}>
            两份都保留
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setState({ kind: 'idle' })}>
            取消导入
          </button>
        </div>
      )}
    </div>
  );
}
