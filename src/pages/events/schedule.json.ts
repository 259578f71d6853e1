import type { APIRoute } from 'astro';
import { handbook } from '../../data/handbook.ts';
import { scheduleText } from '../../lib/schedule/export.ts';

// Every published session as open data (see /schemas/schedule.schema.json).
export const GET: APIRoute = () =>
  new Response(scheduleText(handbook.events, handbook.site, (key) => handbook.session(key)?.uid), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
