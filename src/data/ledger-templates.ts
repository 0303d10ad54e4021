// The blank ledgers a branch keeps as evidence (佐证材料). Each names the fields a reviewer looks
// for; requirement lines are drawn from the requirement data, local practice from its own list.
import type { LocalPracticeId } from './local-practices';

export type TemplateBlock =
  /** Label-and-blank pairs laid out in a grid. */
  | { kind: 'fields'; fields: string[]; columns?: 2 | 3 | 4 }
  /** A line of tick boxes. */
  | { kind: 'choices'; label: string; options: string[] }
  /** A label followed by ruled lines to write on. */
  | { kind: 'lines'; label: string; lines: number }
  /** A ruled table; widths are relative column widths. */
  | { kind: 'table'; caption?: string; columns: string[]; widths?: number[]; rows: number; numbered?: boolean }
  /** Requirements printed from the data: "事项：数字（出处）". */
  | { kind: 'rules'; label: string; ids: string[] }
  | { kind: 'practice'; id: LocalPracticeId }
  | { kind: 'signatures'; labels: string[] }
  | { kind: 'note'; text: string };

export interface LedgerTemplate {
  /** Also the sheet's anchor on the templates page. */
  id: string;
  title: string;
  /** What it is for (on screen only). */
  purpose: string;
  /** What a reviewer checks in a filled-in copy (on screen only). */
  checks: string[];
  blocks: TemplateBlock[];
}

export const LEDGER_TEMPLATES: LedgerTemplate[] = [
  {
    id: 'huiyi-jilu',
    title: '党支部会议记录',
    purpose: '党员大会、支部委员会会议、党小组会、党课、主题党日和组织生活会通用，一次会议一份。',
    checks: [
      '时间、地点、主持人、记录人齐全；应到、实到、请假人数与签到表一致。',
      '缺席的人写了原因，并有补学安排。',
      '议题和学习内容写得具体（篇目、讲课人、时长），不是只写“学习了有关文件”。',
      '有发言和讨论的要点，能看出谁说了什么。',
      '需要表决的事项写明表决情况；议定事项有责任人和完成时限，下一次会议记录里有落实情况。',
      '主持人和记录人签字。',
    ],
    blocks: [
      { kind: 'fields', fields: ['党支部', '会议日期', '起止时间', '地点', '主持人', '记录人', '应到人数', '实到人数', '请假人数'], columns: 3 },
      { kind: 'choices', label: '会议类型', options: ['党员大会', '支部委员会会议', '党小组会', '党课', '主题党日', '组织生活会', '其他'] },
      { kind: 'lines', label: '缺席人员、原因和补学安排', lines: 2 },
      { kind: 'lines', label: '列席人员', lines: 1 },
      { kind: 'lines', label: '会议议题或主题', lines: 2 },
      { kind: 'lines', label: '学习内容（篇目、讲课人、时长）', lines: 2 },
      { kind: 'lines', label: '发言和讨论要点', lines: 5 },
      { kind: 'lines', label: '决定事项和表决情况（赞成、反对、弃权）', lines: 2 },
      { kind: 'table', caption: '议定事项落实', columns: ['序号', '事项', '责任人', '完成时限', '落实情况'], widths: [1, 6, 2, 2, 4], rows: 3, numbered: true },
      { kind: 'signatures', labels: ['主持人（签字）', '记录人（签字）'] },
      { kind: 'note', text: '发言要点写不下时另附页。签到表、照片、讲稿或课件与本记录放在一起归档。' },
    ],
  },
  {
    id: 'qiandao-biao',
    title: '党员签到表',
    purpose: '各类会议和学习活动的签到，由党员本人签名；与会议记录一起归档，也是统计到会率和学时的原始凭证。',
    checks: [
      '由党员本人签名，没有代签；签名人数与会议记录的实到人数一致。',
      '请假的写了原因，缺席的有补学日期和方式。',
      '年老体弱、行动不便、不作硬性要求的党员注明了送学上门的日期。',
    ],
    blocks: [
      { kind: 'fields', fields: ['党支部', '活动名称或主题', '日期', '时间', '地点', '学时'], columns: 3 },
      { kind: 'choices', label: '活动类型', options: ['党员大会', '支部委员会会议', '党小组会', '党课', '主题党日', '集中学习', '其他'] },
      { kind: 'table', columns: ['序号', '姓名', '党小组', '本人签名', '签到时间', '请假原因', '补学日期和方式'], widths: [1, 2.2, 2, 3, 2, 3, 3.5], rows: 25, numbered: true },
      { kind: 'fields', fields: ['应到人数', '实到人数', '请假人数', '统计人（签字）'], columns: 4 },
      { kind: 'note', text: '年老体弱等不作硬性要求的党员，在“请假原因”栏注明，在“补学日期和方式”栏写送学上门的日期。' },
    ],
  },
  {
    id: 'xueshi-dengji',
    title: '党员学时登记表',
    purpose: '每名党员一张，逐次登记参加集中学习培训的学时，年底合计；支部用它统计学时达标情况。',
    checks: [
      '每一条都有日期、内容、组织单位和证明材料（签到表、结业证书、平台截图）。',
      '学时的算法全年一致，并写明按什么办法折算。',
      '全年合计与证明材料相符；没有达到年度要求的，写明了补学安排。',
      '不作硬性要求的党员有送学上门记录代替。',
    ],
    blocks: [
      { kind: 'fields', fields: ['党支部', '姓名', '党小组', '年度'], columns: 4 },
      { kind: 'choices', label: '党员类别', options: ['在职', '离退休', '流动', '预备党员', '年老体弱'] },
      { kind: 'rules', label: '对照规定', ids: ['tiaoli-20-xueshi'] },
      { kind: 'table', columns: ['序号', '日期', '学习培训内容', '形式', '组织单位', '学时', '证明材料'], widths: [1.2, 2, 6, 2.5, 3, 1.5, 3], rows: 22, numbered: true },
      { kind: 'fields', fields: ['全年合计学时', '是否达到年度要求', '补学安排', '审核人（签字）'], columns: 2 },
      { kind: 'note', text: '“形式”填：上级集中轮训、支部集中学习、党课、主题党日、在线学习、其他。' },
      { kind: 'practice', id: 'xueshi-zhesuan' },
    ],
  },
  {
    id: 'tanxin-jilu',
    title: '谈心谈话记录',
    purpose: '支委之间、支委和党员之间、党员之间的谈心谈话，以及提醒谈话，一次谈话一份。',
    checks: [
      '谈话的人与年初的分工名单对得上，全年覆盖每名党员。',
      '写出了谈话对象本人反映的具体情况，不是每份都一样的套话。',
      '反映的问题有处理结果，并反馈给了本人。',
      '组织生活会前的谈话，能和会上的批评意见、会后的整改对应起来。',
    ],
    blocks: [
      { kind: 'fields', fields: ['谈话日期', '地点', '谈话人（姓名、职务）', '谈话对象'], columns: 2 },
      { kind: 'choices', label: '谈话类型', options: ['日常谈心', '组织生活会前谈心', '提醒谈话', '关怀帮扶', '联系流动党员'] },
      { kind: 'choices', label: '谈话方式', options: ['当面', '电话', '视频'] },
      { kind: 'lines', label: '谈话主要内容', lines: 6 },
      { kind: 'lines', label: '谈话对象反映的思想、工作、生活情况和意见建议', lines: 6 },
      { kind: 'lines', label: '谈话人的意见或提醒', lines: 4 },
      { kind: 'lines', label: '需要跟进的事项、处理结果和反馈日期', lines: 4 },
      { kind: 'signatures', labels: ['谈话人（签字）', '谈话对象（签字）'] },
    ],
  },
  {
    id: 'liudong-taizhang',
    title: '流动党员联系台账',
    purpose: '记下每名外出党员的去向和每一次联系；由支部明确的联系人填写，每年一份。',
    checks: [
      '每名外出党员都在台账上，去向和联系方式是最新的。',
      '每次联系有日期和内容，不只是交党费时才联系。',
      '学习有跟进：推送了什么、学时怎样。',
      '外出地点已经相对固定的，有提醒转移组织关系的记录；失去联系的，有查找经过。',
    ],
    blocks: [
      { kind: 'fields', fields: ['党支部', '联系人', '联系电话', '年度'], columns: 4 },
      { kind: 'table', caption: '外出党员基本情况', columns: ['序号', '姓名', '外出时间', '外出地点和单位', '联系方式', '流入地党组织', '是否应转关系'], widths: [1, 2, 2, 4, 2.5, 3.5, 2], rows: 8, numbered: true },
      { kind: 'table', caption: '联系记录', columns: ['日期', '联系对象', '方式', '联系内容', '学习和学时', '反映问题和处理', '联系人'], widths: [1.6, 1.8, 1.4, 4.5, 2.5, 3.5, 1.6], rows: 16 },
      { kind: 'rules', label: '对照规定', ids: ['tiaoli-25-zhuanyi-guanxi', 'tiaoli-24-shilian', 'tiaoli-34-chuguo-lianxi'] },
      { kind: 'note', text: '“联系内容”写明推送的学习内容、参加组织生活和交纳党费的情况、思想和生活状况。' },
    ],
  },
];

/** Every label printed on a template, for checking a printout against the definition. */
export function templateLabels(t: LedgerTemplate): string[] {
  return t.blocks.flatMap((b) => {
    switch (b.kind) {
      case 'fields':
        return b.fields;
      case 'choices':
        return [b.label, ...b.options];
      case 'lines':
      case 'rules':
        return [b.label];
      case 'table':
        return [...(b.caption ? [b.caption] : []), ...b.columns];
      case 'signatures':
        return b.labels;
      default:
        return [];
    }
  });
}
