import type { Item } from '../../../schemas/checklist';
import type { Parsed } from '../../../lib/scoring/parse-input';
import ParsedField from './ParsedField';

interface Props {
  item: Item;
  value: number | undefined;
  parse: (text: string) => Parsed;
  onChange: (value: number | undefined) => void;
}

/** 考核分: filled in by the reviewing 党委, beside the unit's own score. */
export default function ReviewScore({ item, value, parse, onChange }: Props) {
  return (
    <div class="review-field">
      <ParsedField id={`review-${item.id}`} label="考核分（上级审核时填写）" value={value} parse={parse} onChange={onChange} />
    </div>
  );
}
