import type { Item } from '../../../schemas/checklist';
import type { Answer, AnswerValue } from '../../../lib/scoring/answer';
import { formatCents, toCents } from '../../../lib/scoring/cents';
import { parseCount, parseRatio, type Parsed } from '../../../lib/scoring/parse-input';
import ParsedField from './ParsedField';

interface Props {
  item: Item;
  value: Answer['value'];
  disabled: boolean;
  onChange: (value: AnswerValue | undefined) => void;
}

const CHECK_OPTIONS = [
  ['done', '完成'],
  ['partial', '部分完成'],
  ['none', '未完成'],
] as const;

function Choices({ item, options, value, disabled, onChange }: Omit<Props, 'value'> & { options: [string | number, string][]; value: unknown }) {
  return (
    <fieldset class="choices" disabled={disabled}>
      <legend>自评情况</legend>
      {options.map(([v, label]) => (
        <label key={String(v)}>
          <input type="radio" name={`v-${item.id}`} checked={value === v} onChange={() => onChange(v as AnswerValue)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function TextNumber({ item, value, disabled, onChange, label, hint, parse }: Props & { label: string; hint: string; parse: (t: string) => Parsed }) {
  return <ParsedField id={`v-${item.id}`} label={label} hint={hint} value={value as number | undefined} disabled={disabled} parse={parse} onChange={onChange} />;
}

export default function ValueInput(props: Props) {
  const r = props.item.rule;
  switch (r.kind) {
    case 'check':
      return <Choices {...props} options={CHECK_OPTIONS.map(([v, l]) => [v, l])} />;
    case 'levels':
      return <Choices {...props} options={r.levels.map((l, i) => [i, `${l.label}（${formatCents(toCents(l.points))}分）`])} />;
    case 'deduct':
      return <TextNumber {...props} label={`实际开展${r.unit}数`} hint={`应开展 ${r.required} ${r.unit}`} parse={parseCount} />;
    case 'bonus':
      return <TextNumber {...props} label={`加分${r.unit}数`} hint="没有可填 0" parse={parseCount} />;
    case 'ratio':
      return <TextNumber {...props} label="达标率（%）" hint="可填百分比，或“达标人数/应训人数”，如 35/40" parse={parseRatio} />;
    case 'veto':
      return <Choices {...props} options={[[0, '不存在此情形'], [1, '存在此情形']]} value={props.value === undefined ? undefined : props.value ? 1 : 0} onChange={(v) => props.onChange(v === 1)} />;
  }
}
