// The 范文 table's type filter. Pure so it can be tested; the page script only applies it to rows.

export const ALL_TYPES = '全部';

export function rowVisible(rowType: string, selected: string): boolean {
  return selected === ALL_TYPES || rowType === selected;
}

/** The sentence announced (and shown) after each change. */
export function filterSummary(shown: number, total: number, selected: string): string {
  return selected === ALL_TYPES ? `显示全部 ${total} 篇范文。` : `显示“${selected}” ${shown} 篇（共 ${total} 篇）。`;
}

/** Count of rows per type, in the order given, for the control's labels. */
export function countByType(rowTypes: readonly string[], types: readonly string[]): Map<string, number> {
  return new Map(types.map((t) => [t, rowTypes.filter((r) => r === t).length]));
}
