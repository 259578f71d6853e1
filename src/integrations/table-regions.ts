import { defineHastPlugin } from 'satteri';

/**
 * Wraps every table in a handbook page in a labelled region that scrolls
 * sideways on its own and can take keyboard focus, so a wide table never makes
 * the whole page scroll on a phone and keyboard users can still reach all of it
 * (WCAG 2.1.1, and axe's scrollable-region-focusable).
 */
export function tableRegions() {
  return defineHastPlugin({
    name: 'handbook-table-regions',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        type Node = { type: string; tagName?: string; children?: Node[] };
        const find = (parent: Node, tag: string): Node | undefined => {
          for (const child of parent.children ?? []) {
            if (child.type === 'element' && child.tagName === tag) return child;
            const inner = find(child, tag);
            if (inner) return inner;
          }
          return undefined;
        };
        const caption = find(node as Node, 'caption');
        const firstRow = find(node as Node, 'tr');
        const headers = (firstRow?.children ?? []).filter((cell) => cell.type === 'element').map((cell) => ctx.textContent(cell as never).trim()).filter(Boolean).join(', ');
        const label = caption ? ctx.textContent(caption as never).trim() : headers;
        ctx.wrapNode(node, { type: 'element', tagName: 'div', properties: { className: ['table-region'], role: 'region', tabIndex: 0, ariaLabel: `Table: ${label}`.slice(0, 120) }, children: [] });
      },
    },
  });
}
