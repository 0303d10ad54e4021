// Reads a checklist the way the site does, and chooses a complete set of answers for it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ChecklistSchema, type Checklist, type Item } from '../../src/schemas/checklist';
import type { AnswerValue } from '../../src/lib/scoring/answer';

export function loadChecklist(id: string): Checklist {
  return ChecklistSchema.parse(parse(readFileSync(`content/checklists/${id}.yaml`, 'utf8')));
}

/** A deterministic, varied answer for each item: some full marks, some lost points. */
export function answerFor(item: Item, index: number): AnswerValue {
  const r = item.rule;
  switch (r.kind) {
    case 'check':
      return (['done', 'partial', 'none'] as const)[index % 3]!;
    case 'levels':
      return index % r.levels.length;
    case 'deduct':
      return Math.max(0, r.required - (index % 3));
    case 'ratio':
      return 100 - (index % 4) * 2.5;
    case 'bonus':
      return 1;
    case 'veto':
      return false;
  }
}
