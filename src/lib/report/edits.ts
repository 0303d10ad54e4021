// The user's edits replace a section's drafted paragraphs; headings and tables stay as drafted.
import type { ReportModel } from './model';
import { textToParagraphs } from './text';

export function applyEdits(model: ReportModel, edits: Readonly<Record<string, string>>): ReportModel {
  return {
    ...model,
    sections: model.sections.map((s) => {
      const text = edits[s.id];
      return text === undefined ? s : { ...s, paragraphs: textToParagraphs(text), edited: true };
    }),
  };
}
