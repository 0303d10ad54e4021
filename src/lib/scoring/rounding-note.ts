// The rounding policy in plain words, shown on every checklist page and on 使用说明
// (the rule itself is in item-score.ts and score-checklist.ts).
export const ROUNDING_NOTE =
  '分数的取舍：每一项先算出准确得分，再四舍五入到小数点后两位（例如 3 分的比例项扣 1.125 分，得 1.875 分，记 1.88 分）；' +
  '各方面小计就是各项所记得分相加；有不适用项需要按满分折算时，用各项所记得分之和折算，折算结果只在最后四舍五入一次。' +
  '因此屏幕上、打印件、Excel 和报告中的各项得分加起来都等于小计。';
