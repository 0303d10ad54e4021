// The filled 会议记录 (one activity per A4 page) and 签到表 (the roster's names for one activity).
import type { Activity, Ledger } from '../../../../schemas/ledger';
import type { LedgerTemplate } from '../../../../schemas/ledger-template';
import { attendanceCounts, hasAttendance, kindOption, minutesFill, signInRows } from '../../../../lib/ledger/print-fill';
import FilledSheet from './FilledSheet';

// Written into the page by LedgerPage.astro from content/guide/ledger-templates.yaml.
let templates: LedgerTemplate[] | undefined;
const template = (id: string): LedgerTemplate => {
  templates ??= JSON.parse(document.getElementById('dyjy-ledger-templates')?.textContent || '[]') as LedgerTemplate[];
  const t = templates.find((x) => x.id === id);
  if (!t) throw new Error(`页面中没有台账模板 ${id}`);
  return t;
};
const optionsOf = (id: string, label: string) => {
  for (const b of template(id).blocks) if (b.kind === 'choices' && b.label === label) return b.options;
  return [];
};

export function MinutesSheet({ ledger, activity: a }: { ledger: Ledger; activity: Activity }) {
  const f = minutesFill(ledger, a);
  return (
    <FilledSheet
      template={template('huiyi-jilu')}
      fill={{
        fields: f.fields,
        choices: { 会议类型: kindOption(a.kind, optionsOf('huiyi-jilu', '会议类型')) },
        lines: f.lines,
        extra: (f.archive || f.note) && (
          <p class="tpl-note">
            {f.archive && `记录和照片存放：${f.archive}`}
            {f.archive && f.note && '　'}
            {f.note && `备注：${f.note}`}
          </p>
        ),
      }}
      subtitle={kindOption(a.kind, optionsOf('huiyi-jilu', '会议类型')) === '其他' ? a.kind : undefined}
    />
  );
}

export function SignInSheet({ ledger, activity: a }: { ledger: Ledger; activity: Activity }) {
  const c = attendanceCounts(a);
  const counted = hasAttendance(a);
  return (
    <FilledSheet
      template={template('qiandao-biao')}
      fill={{
        fields: {
          党支部: ledger.meta.unit,
          活动名称或主题: a.topic,
          日期: a.date,
          地点: a.place,
          学时: a.hours > 0 ? String(a.hours) : '',
          应到人数: counted ? String(c.expected) : '',
          实到人数: counted ? String(c.present) : '',
          请假人数: counted ? String(c.leave) : '',
        },
        choices: { 活动类型: kindOption(a.kind, optionsOf('qiandao-biao', '活动类型')) },
        tables: [signInRows(ledger, a)],
      }}
    />
  );
}
