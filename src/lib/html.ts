/**
 * HTML built in TypeScript, escaped by construction: every value put into an
 * `html` template is escaped as text, unless it is itself `SafeHtml` (made by
 * `html` or, for Markdown the project rendered, by `trusted`). Text from content
 * can therefore never become markup by being forgotten.
 */

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

type Value = SafeHtml | string | number | boolean | null | undefined | readonly Value[];

function render(value: Value): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** `html\`<p>${text}</p>\``: interpolations are escaped; arrays are joined; null, undefined and booleans print nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/** Marks HTML the project produced itself (for example rendered Markdown) as safe to insert. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

/**
 * A value for a Pagefind filter. Pagefind's search box shows filter values as
 * HTML, and Pagefind decodes entities when it reads them, so no escaping
 * survives: the characters that make markup or entities are left out instead
 * ("Cohort <A>" is offered as "Cohort A").
 */
export function searchFilterText(text: string): string {
  return text.replace(/[<>&"'`]/g, '').replace(/\s+/g, ' ').trim();
}
