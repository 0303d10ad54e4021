import type { ChecklistRef } from '../../../stores/checklist-data';

/** Links to the checklist pages, for when there is nothing saved yet to work with. */
export default function ChecklistLinks({ checklists }: { checklists: ChecklistRef[] }) {
  return (
    <ul>
      {checklists.map((c) => (
        <li key={c.id}>
          <a href={c.href}>{c.title}</a>
        </li>
      ))}
    </ul>
  );
}
