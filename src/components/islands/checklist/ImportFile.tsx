import { useStore } from '@nanostores/preact';
import { $importState, importFile, resolveImport } from '../../../stores/import';

/** 导入: the file is checked and saved by the store; this shows the outcome and asks before replacing. */
export default function ImportFile({ known }: { known: string[] }) {
  const state = useStore($importState);
  const onChange = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once (the element is at hand now, not after the await), so picking the same
    // file again, say after fixing it, imports it again.
    input.value = '';
    if (file) void importFile(file, known);
  };
  return (
    <div class="import-file">
      <label>
        导入自评文件（本站导出的 .json 文件）
        <input type="file" accept=".json,application/json" onChange={(e) => onChange(e.currentTarget)} />
      </label>
      {state.kind === 'busy' && <p role="status">正在读取文件……</p>}
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
          <button type="button" onClick={() => resolveImport('replace')}>
            用文件替换本机的这份
          </button>{' '}
          <button type="button" class="secondary" onClick={() => resolveImport('keep-both')}>
            两份都保留
          </button>{' '}
          <button type="button" class="secondary" onClick={() => resolveImport(null)}>
            取消导入
          </button>
        </div>
      )}
    </div>
  );
}
