// The site's sections, in the order of the three jobs (查规定, 做自评, 写报告), then day-to-day 工作指引.
// Listed by slug: Starlight's `autogenerate` only scans src/content/docs, and content lives in content/docs.
const group = (label: string, slugs: string[]) => ({ label, items: slugs.map((slug) => ({ slug })) });

export const sidebar = [
  { label: '首页', link: '/' },
  group('查规定', [
    'regulations',
    'regulations/shuzi',
    'regulations/tiaoli',
    'regulations/zhibu',
    'regulations/guihua-2019-2023',
    'regulations/guihua-2024-2028',
    'regulations/guihua-duibi',
    'regulations/fazhan',
    'regulations/wuqu',
  ]),
  group('做自评', ['checklists', 'checklists/zhibu-ziping', 'checklists/dangwei-pinggu', 'checklists/guihua-jiancha', 'checklists/baogao', 'checklists/saved', 'checklists/duibi', 'checklists/huizong']),
  group('写报告', [
    'reports',
    'reports/xiezuo-zhiyin',
    'reports/fanwen',
    'reports/fanwen-jiedao-pinggu',
    'reports/fanwen-zhibu-pinggu',
    'reports/fanwen-gongsi-zhongqi-pinggu',
    'reports/fanwen-danwei-zongjie',
    'reports/fanwen-xian-qingkuang',
    'reports/fanwen-dangwei-huibao',
  ]),
  group('工作指引', [
    'guide',
    'taizhang',
    'guide/rili',
    'guide/sanhui-yike',
    'guide/zhuti-dangri',
    'guide/zuzhi-shenghuohui',
    'guide/minzhu-pingyi',
    'guide/tanxin-tanhua',
    'guide/lunxun-xueshi',
    'guide/fazhan-duixiang',
    'guide/liudong-dangyuan',
    'guide/songxue-shangmen',
    'guide/zaixian-xuexi',
    'guide/taizhang',
  ]),
  group('关于', ['about', 'about/sousuo']),
];
