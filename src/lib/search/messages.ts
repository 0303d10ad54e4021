// Every text the search dialog shows.
export const messages = {
  label: '搜索本站',
  placeholder: '输入关键词，如“三会一课”“32学时”',
  clear: '清除',
  filterLegend: '按类型筛选',
  filterAll: '全部',
  loading: '正在加载搜索…',
  searching: (q: string) => `正在搜索“${q}”…`,
  exactCount: (q: string, n: number) => `找到 ${n} 个含有“${q}”的页面`,
  noExact: (q: string) => `没有页面含有完整的“${q}”。`,
  relatedHeading: '相关结果',
  relatedNote: '以下页面只含有其中部分字词：',
  nothing: (q: string) => `没有找到与“${q}”相关的页面。可以换个说法，或减少字数再试。`,
  loadMore: '显示更多结果',
  textSearchNote: '（旧版浏览器：按全文逐字查找）',
  failed: '搜索索引加载失败。请检查网络后刷新页面再试；内网部署时请确认服务器以 application/wasm 类型提供 .wasm 文件。',
  typeMark: (type: string) => `〔${type}〕`,
} as const;
