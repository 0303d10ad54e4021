// Does a script parse in Chromium 86, the oldest browser the site supports?
// Chromium 86 has all of ES2021 and most of ES2022 (public and private class fields and methods),
// but not these ES2022 parts: class static blocks (94), `#x in obj` (91), top-level await (89),
// RegExp match indices /d (90) and string names in import/export lists (88). Parsing with
// acorn at ecmaVersion 2021 would reject the class fields every bundle uses, and 2022 would accept
// the parts above, so parse as 2022 and look for them.
import { parse, type Node } from 'acorn';

export interface SyntaxProblem {
  feature: string;
  line: number;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

type AnyNode = Node & Record<string, unknown>;

function isNode(x: unknown): x is AnyNode {
  return typeof x === 'object' && x !== null && typeof (x as { type?: unknown }).type === 'string';
}

function* children(node: AnyNode): Generator<AnyNode> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc') continue;
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) yield v;
    if (isNode(value)) yield value;
  }
}

function problemIn(node: AnyNode, insideFunction: boolean): string | undefined {
  switch (node.type) {
    case 'StaticBlock':
      return '类静态初始化块 static { }（Chromium 94）';
    case 'BinaryExpression':
      return (node.left as AnyNode).type === 'PrivateIdentifier' ? '私有字段 in 检查 #x in obj（Chromium 91）' : undefined;
    case 'AwaitExpression':
      return insideFunction ? undefined : '顶层 await（Chromium 89）';
    case 'ForOfStatement':
      return node.await && !insideFunction ? '顶层 for await（Chromium 89）' : undefined;
    case 'Literal': {
      const regex = node.regex as { flags: string } | undefined;
      return regex?.flags.includes('d') ? '正则表达式 d 标志（Chromium 90）' : undefined;
    }
    case 'ImportSpecifier':
    case 'ExportSpecifier':
    case 'ExportAllDeclaration':
      for (const key of ['imported', 'exported', 'local'])
        if ((node[key] as AnyNode | null | undefined)?.type === 'Literal') return '以字符串命名的导入导出（Chromium 88）';
      return undefined;
    default:
      return undefined;
  }
}

/** Problems that keep Chromium 86 from running the script; a parse error is one too. */
export function chromium86SyntaxProblems(code: string, sourceType: 'module' | 'script'): SyntaxProblem[] {
  let ast: AnyNode;
  try {
    ast = parse(code, { ecmaVersion: 2022, sourceType, locations: true }) as unknown as AnyNode;
  } catch (e) {
    const err = e as SyntaxError & { loc?: { line: number } };
    return [{ feature: `无法按 ES2022 解析：${err.message}`, line: err.loc?.line ?? 0 }];
  }
  const problems: SyntaxProblem[] = [];
  const visit = (node: AnyNode, insideFunction: boolean) => {
    const feature = problemIn(node, insideFunction);
    if (feature) problems.push({ feature, line: node.loc?.start.line ?? 0 });
    const inner = insideFunction || FUNCTIONS.has(node.type);
    for (const child of children(node)) visit(child, inner);
  };
  visit(ast, false);
  return problems;
}
