import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { handbook } from '../data/handbook.ts';
import { noJsThemeCss } from '../lib/no-js-theme.ts';
import { themeCss } from '../lib/theme-colours.ts';

// Loaded from <noscript>: the light theme for readers without JavaScript whose system prefers it.
export const GET: APIRoute = () => {
  const props = readFileSync(new URL('./style/props.css', import.meta.resolve('@astrojs/starlight')), 'utf8');
  return new Response(noJsThemeCss(props, themeCss(handbook.site.theme.accent)), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
