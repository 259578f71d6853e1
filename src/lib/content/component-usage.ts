import type { MdastNode } from 'satteri';

/**
 * Starlight's components check their own props and children while a page
 * renders, and stop the build if they are wrong. These are the same rules,
 * checked before the build, so `npm run check` finds them with a line number.
 */
const required: Record<string, string[]> = {
  Card: ['title'],
  LinkCard: ['title', 'href'],
  LinkButton: ['href'],
  Badge: ['text'],
  Icon: ['name'],
  TabItem: ['label'],
};

const allowedValues: Record<string, Record<string, readonly string[]>> = {
  Aside: { type: ['note', 'tip', 'caution', 'danger'] },
  Badge: { variant: ['note', 'danger', 'success', 'caution', 'tip', 'default'] },
  LinkButton: { variant: ['primary', 'secondary', 'minimal'] },
};

type Node = MdastNode & { name?: string | null; attributes?: { type: string; name?: string; value?: unknown }[]; children?: Node[]; ordered?: boolean };

/** Children that are not just whitespace. */
function meaningful(node: Node): Node[] {
  return (node.children ?? []).filter((child) => !(child.type === 'text' && !String((child as { value?: string }).value ?? '').trim()));
}

/** What is wrong with one use of a Starlight component, or undefined. */
export function componentUsageProblem(node: MdastNode, starlightNames: readonly string[]): string | undefined {
  const element = node as Node;
  const name = element.name ?? '';
  if (!starlightNames.includes(name)) return undefined;
  const attributes = new Map((element.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute').map((a) => [a.name ?? '', a.value]));
  const missing = (required[name] ?? []).filter((attribute) => !attributes.has(attribute));
  if (missing.length > 0) return `<${name}> needs ${missing.map((m) => `${m}="…"`).join(' and ')}.`;
  for (const [attribute, values] of Object.entries(allowedValues[name] ?? {})) {
    const value = attributes.get(attribute);
    if (typeof value === 'string' && !values.includes(value)) return `<${name} ${attribute}="${value}"> is not one of ${values.join(', ')}.`;
  }
  const children = meaningful(element);
  if (name === 'Steps' && !(children.length === 1 && children[0]!.type === 'list' && children[0]!.ordered)) return '<Steps> must hold one numbered list (1. 2. 3.) and nothing else.';
  if (name === 'FileTree' && !(children.length === 1 && children[0]!.type === 'list' && !children[0]!.ordered)) return '<FileTree> must hold one bulleted list and nothing else.';
  if (name === 'Tabs' && !children.every((child) => child.name === 'TabItem')) return '<Tabs> may hold only <TabItem> elements.';
  if (name === 'CardGrid' && !children.every((child) => child.name === 'Card' || child.name === 'LinkCard')) return '<CardGrid> may hold only <Card> and <LinkCard> elements.';
  return undefined;
}
