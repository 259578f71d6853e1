import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../data/handbook.ts';
import type { CohortView } from '../../../lib/handbook/hydrate.ts';
import { scheduleText } from '../../../lib/schedule/export.ts';

// One cohort's sessions as open data (see /schemas/schedule.schema.json), as
// `astro dev` serves it; a build writes these files in its publish step
// (src/integrations/publish.ts), with the same text.
export const getStaticPaths = (() => (import.meta.env.DEV ? handbook.cohorts.map((cohort) => ({ params: { cohort: cohort.id }, props: { cohort } })) : [])) satisfies GetStaticPaths;

export const GET: APIRoute<{ cohort: CohortView }> = ({ props: { cohort } }) =>
  new Response(scheduleText(cohort.events, handbook.site, (key) => handbook.session(key)?.uid, cohort), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
