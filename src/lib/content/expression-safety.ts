import { parseExpressionAt, type Node } from 'acorn';

/**
 * The JavaScript an MDX page may contain between `{` and `}`: reading values
 * from what it imported (`{site.name}`, `{site.partners.map((p) => p.name).join(', ')}`),
 * literals, and simple choices (`a ?? b`, `a ? b : c`). Nothing that can reach the
 * build machine: no globals (`process`, `globalThis`, `import.meta`), no
 * `require` or `import()`, no `new`, no assignment, no reaching a function's
 * constructor. Anything else is refused with a message, so content stays text.
 */

const forbiddenProperties = new Set(['constructor', '__proto__', 'prototype', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__', 'caller', 'callee', 'arguments', 'bind', 'call', 'apply']);

/** Methods of strings, numbers and arrays that only read and format. */
const allowedMethods = new Set([
  'map', 'filter', 'join', 'slice', 'find', 'some', 'every', 'includes', 'at', 'flat', 'flatMap', 'concat', 'indexOf',
  'toLowerCase', 'toUpperCase', 'trim', 'replace', 'replaceAll', 'split', 'startsWith', 'endsWith', 'padStart', 'padEnd',
  'toString', 'toFixed', 'toLocaleString',
]);

const allowedBinary = new Set(['===', '!==', '==', '!=', '<', '<=', '>', '>=', '+', '-', '*', '/', '%']);

export interface ExpressionVerdict {
  ok: boolean;
  /** Why not, in words for the administrator. */
  reason?: string;
}

type AnyNode = Node & Record<string, unknown>;

function check(node: AnyNode, scope: ReadonlySet<string>): string | undefined {
  const sub = (child: unknown, inner = scope) => (child ? check(child as AnyNode, inner) : undefined);
  const all = (children: unknown[], inner = scope) => {
    for (const child of children) {
      const reason = sub(child, inner);
      if (reason) return reason;
    }
    return undefined;
  };
  switch (node.type) {
    case 'Literal':
      return (node as { regex?: unknown }).regex ? 'uses a regular expression' : undefined;
    case 'TemplateLiteral':
      return all(node.expressions as unknown[]);
    case 'Identifier': {
      const name = node.name as string;
      if (name === 'undefined' || scope.has(name)) return undefined;
      return `uses \`${name}\`, which the page did not import`;
    }
    case 'MemberExpression': {
      if (node.computed) {
        const property = node.property as AnyNode;
        if (property.type !== 'Literal' || typeof property.value !== 'number') return 'reads a property chosen by a calculation ([...])';
      } else {
        const name = (node.property as AnyNode).name as string;
        if (forbiddenProperties.has(name)) return `reads \`${name}\``;
      }
      return sub(node.object);
    }
    case 'ChainExpression':
      return sub(node.expression);
    case 'CallExpression': {
      const callee = node.callee as AnyNode;
      if (callee.type !== 'MemberExpression' || callee.computed) return 'calls a function';
      const method = (callee.property as AnyNode).name as string;
      if (!allowedMethods.has(method)) return `calls \`${method}()\``;
      return sub(callee.object) ?? all(node.arguments as unknown[]);
    }
    case 'ArrowFunctionExpression': {
      const params = node.params as AnyNode[];
      if (params.some((p) => p.type !== 'Identifier') || node.async || node.generator) return 'defines a function more complex than `(item) => item.name`';
      const inner = new Set([...scope, ...params.map((p) => p.name as string)]);
      const body = node.body as AnyNode;
      if (body.type === 'BlockStatement') return 'defines a function with a body in braces';
      return sub(body, inner);
    }
    case 'ConditionalExpression':
      return sub(node.test) ?? sub(node.consequent) ?? sub(node.alternate);
    case 'LogicalExpression':
      return sub(node.left) ?? sub(node.right);
    case 'BinaryExpression':
      return allowedBinary.has(node.operator as string) ? (sub(node.left) ?? sub(node.right)) : `uses the \`${node.operator as string}\` operator`;
    case 'UnaryExpression':
      return ['!', '-', '+'].includes(node.operator as string) ? sub(node.argument) : `uses \`${node.operator as string}\``;
    case 'ArrayExpression':
      return all((node.elements as unknown[]).filter(Boolean));
    case 'ObjectExpression':
      for (const property of node.properties as AnyNode[]) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return 'builds an object with computed or method properties';
        const reason = sub(property.value);
        if (reason) return reason;
      }
      return undefined;
    case 'JSXElement':
    case 'JSXFragment':
      return 'contains markup inside an expression';
    default:
      return `uses ${node.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()}`;
  }
}

/**
 * Checks one MDX expression (the text between braces). `names` are the
 * bindings the page imported. An empty expression or a comment is fine.
 */
export function checkExpression(source: string, names: ReadonlySet<string>): ExpressionVerdict {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim();
  if (withoutComments === '') return { ok: true };
  let node: AnyNode;
  try {
    node = parseExpressionAt(source, 0, { ecmaVersion: 'latest', sourceType: 'module' }) as AnyNode;
  } catch (error) {
    return { ok: false, reason: `is not a JavaScript expression (${error instanceof Error ? error.message.replace(/\s*\(\d+:\d+\)$/, '') : 'cannot be read'})` };
  }
  if (source.slice(node.end).replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/[^\n]*/g, '').trim() !== '') return { ok: false, reason: 'holds more than one expression' };
  const reason = check(node, names);
  return reason ? { ok: false, reason } : { ok: true };
}
