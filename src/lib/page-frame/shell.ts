import { escapeHtml } from '../html.ts';

/**
 * Starlight's page frame, rendered once per build and reused for many pages:
 * a route under `/handbook-shell/` renders a <StarlightPage> whose title,
 * description, JSON-LD and body are these markers; `parseShell` cuts that HTML
 * at the markers and at the frame's own address, and `fillShell` puts each
 * page's values in their place. Everything else (head, CSP <meta>, header,
 * search, sidebar, table of contents, theme scripts, footer) is byte for byte
 * what Starlight rendered.
 */
export const markers = {
  title: 'hbshellTITLEhbshell',
  description: 'hbshellDESCRIPTIONhbshell',
  jsonLd: 'hbshellJSONLDhbshell',
  body: 'hbshellBODYhbshell',
} as const;

/** Where frames are rendered; the folder is removed from the output once they are read. */
export const shellRoot = '/handbook-shell/';
/** The session pages' frame. */
export const shellPath = `${shellRoot}session/`;
/** A cohort page frame: one per distinct table of contents (see cohort-frames.ts). */
export const cohortShellPath = (frame: string) => `${shellRoot}cohort/${frame}/`;

export type Slot = keyof typeof markers | 'url';

export interface Shell {
  /** Static HTML; `slots[i]` goes between `parts[i]` and `parts[i + 1]`. */
  parts: string[];
  slots: Slot[];
}

export interface ShellValues {
  /** Plain text; escaped here. */
  title: string;
  /** Plain text; escaped here. */
  description: string;
  /** JSON already safe inside a <script> element (no `<`); only for frames that have the slot. */
  jsonLd?: string;
  /** HTML, already safe (made by the escaping `html` template). */
  body: string;
  /** The page's absolute address (canonical link, og:url); escaped here. */
  url: string;
}

/** How often each slot appears in the frame Starlight renders, so a changed Starlight fails the build instead of leaking a marker. */
export const sessionSlots: Record<Slot, number> = { title: 3, description: 2, jsonLd: 1, body: 1, url: 2 };
export const cohortSlots: Record<Slot, number> = { ...sessionSlots, jsonLd: 0 };

export class ShellError extends Error {}

/** Cuts the HTML of the frame rendered at `framePath` (on `siteUrl`) into parts and slots. */
export function parseShell(page: string, siteUrl: string, framePath: string, expected: Record<Slot, number>): Shell {
  const pageUrl = new URL(framePath, siteUrl).href;
  const tokens: [string, Slot][] = [...(Object.entries(markers) as [Slot, string][]).map(([slot, marker]) => [marker, slot] as [string, Slot]), [pageUrl, 'url']];
  const pattern = new RegExp(tokens.map(([t]) => t.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'), 'g');
  const bySlot = new Map(tokens);
  const parts: string[] = [];
  const slots: Slot[] = [];
  let last = 0;
  for (const match of page.matchAll(pattern)) {
    parts.push(page.slice(last, match.index));
    slots.push(bySlot.get(match[0])!);
    last = match.index + match[0].length;
  }
  parts.push(page.slice(last));
  for (const [slot, count] of Object.entries(expected) as [Slot, number][]) {
    const found = slots.filter((s) => s === slot).length;
    if (found !== count) throw new ShellError(`The page frame ${framePath} has ${found} ${slot} slot(s), expected ${count}: Starlight's page frame has changed; see src/lib/page-frame/shell.ts.`);
  }
  // Nothing else in the frame may depend on which page it was rendered for.
  if (parts.some((part) => part.includes(shellRoot))) throw new ShellError(`The page frame ${framePath} mentions ${shellRoot} outside its slots; see src/lib/page-frame/shell.ts.`);
  return { parts, slots };
}

export function fillShell(shell: Shell, values: ShellValues): string {
  const text: Record<Slot, string> = {
    title: escapeHtml(values.title),
    description: escapeHtml(values.description),
    jsonLd: values.jsonLd ?? '',
    body: values.body,
    url: escapeHtml(values.url),
  };
  let out = shell.parts[0]!;
  for (let i = 0; i < shell.slots.length; i++) out += text[shell.slots[i]!] + shell.parts[i + 1]!;
  return out;
}
