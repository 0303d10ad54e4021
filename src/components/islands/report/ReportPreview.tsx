import { useState } from 'preact/hooks';
import type { ReportModel, ReportSection } from '../../../lib/report/model';
import { EDIT_MAX } from '../../../lib/report/facts';
import { paragraphsToText } from '../../../lib/report/text';
import { updateReport } from '../../../stores/assessment-report';
import { Marked, Paragraphs, TableView } from './ReportBlocks';

interface SectionProps {
  assessmentId: string;
  section: ReportSection;
  /** The user's own text for this section, exactly as typed (blank lines and all). */
  edit: string | undefined;
}

function SectionView({ assessmentId, section: s, edit }: SectionProps) {
  const [editing, setEditing] = useState(false);
  const name = s.heading ?? '开头一段';
  const fieldId = `edit-${s.id}`;
  const headingId = `r-${s.id}`;
  return (
    <section class="r-section" aria-labelledby={s.heading ? headingId : undefined} aria-label={s.heading ? undefined : name}>
      {s.heading && <h3 id={headingId}>{s.heading}</h3>}
      {editing && (
        <div class="r-edit">
          <label for={fieldId}>修改“{name}”（每段一行；以“（一）”“1.”开头的段落按小标题排版）</label>
          <textarea
            id={fieldId}
            rows={Math.min(18, Math.max(4, s.paragraphs.length * 2 + 1))}
            value={edit ?? paragraphsToText(s.paragraphs)}
            maxLength={EDIT_MAX}
            onInput={(e) => updateReport(assessmentId, { edits: { [s.id]: e.currentTarget.value } })}
          />
        </div>
      )}
      <Paragraphs paragraphs={s.paragraphs} />
      {s.table && <TableView table={s.table} caption />}
      <div class="r-tools">
        <button
          type="button"
          class="secondary"
          aria-label={`${editing ? '完成修改' : '修改本节'}：${name}`}
          aria-expanded={editing}
          aria-controls={editing ? fieldId : undefined}
          onClick={() => setEditing(!editing)}
        >
          {editing ? '完成修改' : '修改本节'}
        </button>
        {s.edited && (
          <>
            <button type="button" class="secondary" aria-label={`恢复自动生成的内容：${name}`} onClick={() => updateReport(assessmentId, { edits: { [s.id]: null } })}>
              恢复自动生成的内容
            </button>
            <span class="field-hint">本节已手工修改，填写的情况和自评结果再有变化，本节不会自动更新。</span>
          </>
        )}
      </div>
    </section>
  );
}

/** The drafted report laid out as it prints: each section can be edited in place. */
export default function ReportPreview({ model, assessmentId, edits }: { model: ReportModel; assessmentId: string; edits: Record<string, string> }) {
  return (
    <article class="report-preview" aria-labelledby="report-title" data-testid="report-preview">
      <h2 id="report-title" class="r-title">
        <Marked text={model.title} />
      </h2>
      {model.sections.map((s) => (
        <SectionView key={s.id} assessmentId={assessmentId} section={s} edit={edits[s.id]} />
      ))}
      <p class="r-annex-note">{model.annexNote}</p>
      <div class="r-signature">
        <p>
          <Marked text={model.signature.unit} />
        </p>
        <p>
          <Marked text={model.signature.date} />
        </p>
      </div>
      <section class="r-annex" aria-labelledby="annex-title">
        <p class="r-annex-label">附件</p>
        <h3 id="annex-title" class="r-annex-title">
          {model.annex.title}
        </h3>
        <p class="r-annex-meta">
          <Marked text={model.annex.meta} />
        </p>
        <TableView table={model.annex.table} />
      </section>
    </article>
  );
}
