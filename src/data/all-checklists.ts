import { getCollection } from 'astro:content';
import type { Checklist } from '../schemas/checklist';

/** Every checklist's data, for islands that read files or stored assessments of any checklist. */
export async function allChecklists(): Promise<Checklist[]> {
  return (await getCollection('checklists')).map((c) => c.data);
}
