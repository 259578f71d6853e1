// The checked content, as every page, component and endpoint reads it. The
// handbook integration checks content/ once per build (and after every edit in
// `astro dev`) and hands the result over as `virtual:handbook/data`.
import model from 'virtual:handbook/data';
import { hydrate } from '../lib/handbook/hydrate.ts';

export const handbook = hydrate(model);
export const site = handbook.site;
