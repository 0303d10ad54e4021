// Validates the parsed contents of content/requirements/*.yaml. Errors name the file and the
// entry id, so a broken data file fails the build with a message a content editor can act on.
import { RequirementSchema, RequirementsFileSchema, type Requirement } from '../../schemas/requirement';

export class RequirementDataError extends Error {
  override name = 'RequirementDataError';
}

interface Issue {
  path: PropertyKey[];
  message: string;
  code?: string;
  input?: unknown;
}

function describeIssue(issue: Issue): string {
  const field = issue.path.map(String).join('.') || '（整条）';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `缺少字段 ${field}`;
  return `字段 ${field}：${issue.message}`;
}

/**
 * Checks one file: `{ source, requirements: [...] }`. Each entry inherits the file's `source`,
 * and the file must be named after its source (tiaoli.yaml holds source: tiaoli).
 */
export function validateRequirementsFile(data: unknown, file: string): Requirement[] {
  const head = RequirementsFileSchema.safeParse(data);
  if (!head.success) {
    throw new RequirementDataError(`${file}：文件格式不对（${head.error.issues.map(describeIssue).join('；')}）。应为 source 加 requirements 列表。`);
  }
  const { source, requirements } = head.data;
  const expected = file.split('/').pop()?.replace(/\.ya?ml$/, '');
  if (expected !== source) {
    throw new RequirementDataError(`${file}：文件名应与 source 一致（source: ${source} 的文件应命名为 ${source}.yaml）。`);
  }
  return requirements.map((raw, index) => {
    const rawId = typeof raw === 'object' && raw !== null && 'id' in raw ? String((raw as { id: unknown }).id) : undefined;
    const label = rawId ? `条目 "${rawId}"` : `第 ${index + 1} 个条目（没有 id）`;
    if (typeof raw === 'object' && raw !== null && 'source' in raw) {
      throw new RequirementDataError(`${file} 中的${label}：不要在条目里写 source，它由文件开头的 source 决定。`);
    }
    const parsed = RequirementSchema.safeParse({ ...(raw as object), source });
    if (!parsed.success) {
      throw new RequirementDataError(`${file} 中的${label}：${parsed.error.issues.map(describeIssue).join('；')}`);
    }
    return parsed.data;
  });
}

/** Fails on an id used twice, within one file or across files, naming both places. */
export function assertUniqueIds(files: { file: string; requirements: Requirement[] }[]): void {
  const seen = new Map<string, string>();
  for (const { file, requirements } of files) {
    for (const { id } of requirements) {
      const first = seen.get(id);
      if (first) throw new RequirementDataError(`规定条目 id "${id}" 重复：${first} 和 ${file} 中都有。每个 id 只能用一次。`);
      seen.set(id, file);
    }
  }
}

/** The build error for a page citing an id the data does not hold. */
export function unknownRequirementMessage(id: string, where: string): string {
  return `${where}：找不到 id 为“${id}”的规定条目。请核对 content/requirements/ 中的 YAML 文件里有没有这个 id。`;
}
