// Looks up a requirement by id for a page or component, failing the build on an unknown id
// so no page can cite a requirement the data does not hold.
import { getEntry } from 'astro:content';
import { unknownRequirementMessage } from '../lib/requirements/data';
import type { Requirement } from '../schemas/requirement';

export async function getRequirement(id: string, where = `<Requirement id="${id}" />`): Promise<Requirement> {
  const entry = await getEntry('requirements', id);
  if (!entry) throw new Error(unknownRequirementMessage(id, where));
  return entry.data;
}
