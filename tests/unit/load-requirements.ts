// Reads content/requirements/*.yaml the way the build does, for tests.
import { readFileSync, readdirSync } from 'node:fs';
import { load as parseYaml } from 'js-yaml';
import { assertUniqueIds, validateRequirementsFile } from '../../src/lib/requirements/data';
import type { Requirement } from '../../src/schemas/requirement';

export const REQUIREMENTS_DIR = 'content/requirements';

export function loadRequirementFiles(): { file: string; requirements: Requirement[] }[] {
  return readdirSync(REQUIREMENTS_DIR)
    .filter((n) => n.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const file = `${REQUIREMENTS_DIR}/${name}`;
      return { file, requirements: validateRequirementsFile(parseYaml(readFileSync(file, 'utf8')), file) };
    });
}

export function loadRequirements(): Requirement[] {
  const files = loadRequirementFiles();
  assertUniqueIds(files);
  return files.flatMap((f) => f.requirements);
}
