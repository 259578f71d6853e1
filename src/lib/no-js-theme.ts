/**
 * Without JavaScript, Starlight's pages stay in their server-rendered dark
 * theme, whatever the reader's system prefers. This stylesheet, loaded only
 * inside <noscript>, gives such readers the light theme when their system asks
 * for light: Starlight's own light-theme colours (read from its stylesheet, so
 * an upgrade carries over) and the hub's light accent, under the media query.
 */
export function noJsThemeCss(starlightProps: string, hubThemeCss: string): string {
  const blockOf = (css: string, selector: RegExp) => {
    const start = css.search(selector);
    if (start < 0) return '';
    const open = css.indexOf('{', start);
    let depth = 0;
    for (let i = open; i < css.length; i++) {
      if (css[i] === '{') depth++;
      else if (css[i] === '}' && --depth === 0) return css.slice(open + 1, i);
    }
    return '';
  };
  const light = blockOf(starlightProps, /:root\[data-theme='light'\]/);
  const accent = blockOf(hubThemeCss, /:root\[data-theme='light'\]/);
  return `@media (prefers-color-scheme: light) {\n  :root[data-theme='dark'] {${light}${accent}\n    color-scheme: light;\n  }\n}\n`;
}
