// Local rules some units have written for themselves. They are shown only as 地方做法参考,
// never as national requirements, and each says where it was seen.
export interface LocalPractice {
  title: string;
  /** What the local rule says, in our words. */
  text: string;
  /** Who wrote it, as far as the copy we saw tells. */
  source: string;
  /** A page to check it against, only where the copy sits on the issuing body's own site. */
  url?: string;
}

export const LOCAL_PRACTICES = {
  'xueshi-zhesuan': {
    title: '学时折算',
    text: '有单位的党员教育培训学时管理制度规定：脱产培训每天计8学时，专题讲座每半天计4学时，支部集中学习每小时计1学时；学时按年度累计，当年有效。',
    source: '某单位党员教育培训学时管理制度（网上转载，未见原件）',
  },
  'daohui-lv': {
    title: '主题党日到会率',
    text: '有高校的主题党日制度要求每次到会人数不低于应参加人数的80%，做到“每月有主题、季度有安排、年度有计划”，每次活动一事一档，并纳入支部书记述职评议考核。',
    source: '某高校“主题党日”活动制度',
    url: 'https://dept.zhcpt.edu.cn/shgz/info/1318/2101.htm',
  },
  'yuancheng-xuexiri': {
    title: '远程教育集中学习日',
    text: '有的市对远程教育站点实行千分制考核：把每月5日、15日、25日定为集中学习日，由平台后台统计各站点的点播时长，按达标站点的比例计分。',
    source: '某市党员干部现代远程教育工作考核办法（文库转载）',
  },
} as const satisfies Record<string, LocalPractice>;

export type LocalPracticeId = keyof typeof LOCAL_PRACTICES;
