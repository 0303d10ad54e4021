// What each confidence grade means to a reader, and which grades may only be shown as 参考.
import type { Confidence } from '../../schemas/requirement';

export const CONFIDENCE_MEANING: Record<Confidence, string> = {
  A: '读到了原文',
  B: '多个转载一致，可以作为要求',
  C: '来源单一或条号有冲突，仅供参考',
  未核实: '没有找到可靠来源，仅供参考',
};

/** C and 未核实 may never be presented as a requirement, only as 参考 with a caveat. */
export const isReferenceOnly = (c: Confidence): boolean => c === 'C' || c === '未核实';

export const confidenceLabel = (c: Confidence): string => (c === '未核实' ? '未核实' : `${c} 级`);
