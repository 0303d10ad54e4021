import { atom, computed } from 'nanostores';
import { scoreChecklist } from '../lib/scoring/score-checklist';
import { lostPoints } from '../lib/scoring/item-score';
import { isAnswered } from '../lib/scoring/answer';
import type { Checklist } from '../schemas/checklist';
import { $assessments } from './assessments';

// The checklist page's state: which checklist, which assessment is open, and what is shown.
export const $checklist = atom<Checklist | null>(null);
export const $currentId = atom<string | null>(null);

export const $current = computed([$assessments, $currentId], (all, id) => all.find((a) => a.id === id) ?? null);

/** Assessments of the open checklist, newest first. */
export const $sameChecklist = computed([$assessments, $checklist], (all, c) => (c ? all.filter((a) => a.checklistId === c.id) : []));

export const $score = computed([$checklist, $current], (c, a) => (c && a ? scoreChecklist(c, a.answers) : null));

export type Filter = 'all' | 'unanswered' | 'lost';
export const $filter = atom<Filter>('all');
/**
 * Items shown under a filter are fixed when the filter is chosen, so an item does not vanish
 * while it is being edited; choosing the filter again refreshes the list.
 */
export const $visibleItems = atom<ReadonlySet<string> | null>(null);

export function applyFilter(filter: Filter): void {
  $filter.set(filter);
  const c = $checklist.get();
  const a = $current.get();
  if (filter === 'all' || !c) {
    $visibleItems.set(null);
    return;
  }
  const ids = new Set<string>();
  for (const item of c.dimensions.flatMap((d) => d.items)) {
    const answer = a?.answers[item.id];
    if (filter === 'unanswered' ? !isAnswered(item.rule, answer) : lostPoints(item, answer)) ids.add(item.id);
  }
  $visibleItems.set(ids);
}

/** Opens the assessment named in the address (?a=…) or the newest one of this checklist. */
export function openInitial(checklist: Checklist, requested: string | null): void {
  $checklist.set(checklist);
  const mine = $sameChecklist.get();
  const pick = mine.find((a) => a.id === requested) ?? mine[0] ?? null;
  $currentId.set(pick?.id ?? null);
}

export const selectAssessment = (id: string): void => $currentId.set(id);
