import { Marked } from 'marked';

/**
 * Renders the short Markdown an administrator writes in YAML (descriptions,
 * instructions, notes). Raw HTML is shown as text, not run: the site is public
 * and its Content-Security-Policy would block inline scripts anyway.
 */
const marked = new Marked({
  gfm: true,
  breaks: false,
  async: false,
  renderer: {
    html({ text }) {
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    },
  },
});

export function renderMarkdown(markdown: string | undefined): string {
  if (!markdown) return '';
  return marked.parse(markdown) as string;
}

/** Markdown reduced to one line of plain text, for calendar descriptions and meta tags. */
export function markdownToText(markdown: string | undefined): string {
  if (!markdown) return '';
  return markdown
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, '$1 ($2)')
    .replace(/[*_`#>]+/g, '')
    .replace(/\s+\n/g, '\n')
    .trim();
}
