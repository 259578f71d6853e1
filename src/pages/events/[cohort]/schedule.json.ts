import type { APIRoute, GetStaticPaths } from 'astro';
import { handbook } from '../../../data/handbook.ts';
import type { CohortView } from '../../../lib/handbook/hydrate.ts';
import { scheduleFile } from '../../../lib/schedule/export.ts';

// One cohort's sessions as open data (see /schemas/schedule.schema.json).
export const getStaticPaths = (() => handbook.cohorts.map((cohort) => ({ params: { cohort: cohort.id }, props: { cohort } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ cohort: CohortView }> = ({ props: { cohort } }) =>
  new Response(`${JSON.stringify(scheduleFile(cohort.events, handbook.site, (key) => handbook.session(key)?.uid, cohort), null, 1)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
