import { describe, expect, it } from 'vitest';
import { html, searchFilterText, trusted } from './html.ts';

describe('html templates', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const title = '</title><script>alert("PWN")</script>';
    const attribute = '" onmouseover="alert(1)';
    expect(String(html`<h1 title="${attribute}">${title}</h1>`)).toBe('<h1 title="&quot; onmouseover=&quot;alert(1)">&lt;/title&gt;&lt;script&gt;alert(&quot;PWN&quot;)&lt;/script&gt;</h1>');
  });

  it('nests templates, joins lists and prints nothing for absent values', () => {
    const items = ['a<b', 'c'].map((x) => html`<li>${x}</li>`);
    expect(String(html`<ul>${items}</ul>${undefined}${false}${null}`)).toBe('<ul><li>a&lt;b</li><li>c</li></ul>');
  });

  it('inserts trusted markup as it is', () => {
    expect(String(html`<div>${trusted('<p>rendered</p>')}</div>`)).toBe('<div><p>rendered</p></div>');
  });
});

describe('search filter values', () => {
  it('keep no character that could make markup or an entity, since the search box shows them as HTML', () => {
    expect(searchFilterText('Cohort "><svg onload=alert(1)> &#60;b&#62;')).toBe('Cohort svg onload=alert(1) #60;b#62;');
  });
});
