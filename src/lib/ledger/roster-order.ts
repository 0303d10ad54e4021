// The order members are listed in on sheets and in Excel: by 党小组, then by name, in Chinese
// collation — with 一…九 read as numbers, so that 第二党小组 follows 第一党小组 (pinyin would put
// 二 èr before 一 yī).
const DIGITS: Record<string, string> = { 一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9' };
const groupKey = (g: string) => g.replace(/[一二三四五六七八九]/g, (c) => DIGITS[c]!);
const zh = (a: string, b: string) => a.localeCompare(b, 'zh-CN', { numeric: true });

export function byGroupAndName<T extends { group: string; name: string }>(xs: readonly T[]): T[] {
  return [...xs].sort((a, b) => zh(groupKey(a.group), groupKey(b.group)) || zh(a.name, b.name));
}
