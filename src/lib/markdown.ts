import { Marked, type Tokens } from 'marked';
import { unsafeUrl } from './content/url-safety.ts';

/**
 * Renders the short Markdown an administrator writes in YAML (descriptions,
 * instructions, notes). Content stays text: raw HTML is shown as text, not run,
 * and a link or picture whose address could run code (`javascript:`, `data:`…)
 * is shown as its words only. The content check refuses such links first; this
 * is the last line of defence.
 */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
    link(this: { parser: { parseInline(tokens: Tokens.Generic[]): string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      if (unsafeUrl(token.href)) return text;
      const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
      return `<a href="${escapeHtml(token.href)}"${title}>${text}</a>`;
    },
    image(token: Tokens.Image) {
      if (unsafeUrl(token.href, 'image')) return escapeHtml(token.text);
      return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}">`;
    },
  },
});

export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown) return '';
  return marked.parse(markdown) as string;
}

/** Every link and picture address in a piece of Markdown, for the content checks. */
export function markdownLinks(markdown: string): { url: string; kind: 'link' | 'image' }[] {
  const found: { url: string; kind: 'link' | 'image' }[] = [];
  marked.walkTokens(marked.lexer(markdown), (token) => {
    if (token.type === 'link') found.push({ url: (token as Tokens.Link).href, kind: 'link' });
    if (token.type === 'image') found.push({ url: (token as Tokens.Image).href, kind: 'image' });
  });
  return found;
}

/** Markdown reduced to one line of plain text, for calendar descriptions and meta tags. */
export function markdownToText(markdown: string | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/\[([^\]]+)\]\(((?:[^()\s]|\([^()]*\))+)\)/g, (_, text: string, url: string) => (unsafeUrl(url) ? text : `${text} (${url})`))
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+\n/g, '\n')
    .trim();
}
