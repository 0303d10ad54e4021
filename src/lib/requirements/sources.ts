// The five documents requirements come from: how to name them, where the original can be
// checked, and which page of this site digests each one.
import type { Source } from '../../schemas/requirement';

export interface SourceMeta {
  /** Full title with book-title marks, as the document names itself. */
  title: string;
  /** Short name used in citations next to an article number. */
  shortName: string;
  /** Who issued it and when, in one phrase. */
  issued: string;
  /** Where a reader can check the original text (or the closest reprint found). */
  officialUrl: string;
  /** What that link is, in plain words, so nobody mistakes a reprint for the original. */
  officialUrlLabel: string;
  /** The page of this site that digests the document. */
  digestPath: string;
}

export const SOURCE_META: Record<Source, SourceMeta> = {
  tiaoli: {
    title: '《中国共产党党员教育管理工作条例》',
    shortName: '《党员教育管理工作条例》',
    issued: '中共中央2019年5月6日发布施行',
    officialUrl: 'https://www.12371.cn/2019/05/21/ARTI1558449177626771.shtml',
    officialUrlLabel: '共产党员网刊载的条例全文',
    digestPath: '/regulations/tiaoli/',
  },
  zhibu: {
    title: '《中国共产党支部工作条例（试行）》',
    shortName: '《支部工作条例》',
    issued: '中共中央印发，2018年10月28日起施行',
    officialUrl: 'http://xgll.com.cn/zt/fzxcyrysf/2021-09/17/content_380854.htm',
    officialUrlLabel: '转载自共产党员网的条文（第十一至十四条可逐字核对）',
    digestPath: '/regulations/zhibu/',
  },
  guihua2019: {
    title: '《2019—2023年全国党员教育培训工作规划》',
    shortName: '2019—2023年规划',
    issued: '中共中央办公厅2019年11月印发',
    officialUrl: 'http://m.jizihe.com/page/2019/1227/6236565.shtml',
    officialUrlLabel: '人民论坛刊发的规划解读（未找到可访问的官方原文）',
    digestPath: '/regulations/guihua-2019-2023/',
  },
  guihua2024: {
    title: '《全国党员教育培训工作规划（2024—2028年）》',
    shortName: '2024—2028年规划',
    issued: '中共中央办公厅印发，2025年初公开',
    officialUrl: 'https://www.12371.cn/special/dyjygh20242028/',
    officialUrlLabel: '共产党员网规划专题页',
    digestPath: '/regulations/guihua-2024-2028/',
  },
  fazhan: {
    title: '《中国共产党发展党员工作细则》',
    shortName: '《发展党员工作细则》',
    issued: '中共中央办公厅2014年印发',
    officialUrl: 'http://sx-dj.gov.cn/sjk/dwzs/ddzz/1619963209333080066.html',
    officialUrlLabel: '陕西党建网转载的共产党员网文章',
    digestPath: '/regulations/fazhan/',
  },
};

/** The day the digests were last checked against their sources. */
export const CHECKED_ON = '2026年11月23日';

export const sourceMeta = (source: Source): SourceMeta => SOURCE_META[source];
