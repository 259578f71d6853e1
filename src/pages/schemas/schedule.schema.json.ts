import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { handbook } from '../../data/handbook.ts';
import { scheduleExport } from '../../schemas/schedule-export.ts';
import { scheduleSchemaPath } from '../../lib/schedule/export.ts';

// The JSON Schema of schedule.json, generated from the zod schema the files are typed by.
export const GET: APIRoute = () => {
  const schema = z.toJSONSchema(scheduleExport, { target: 'draft-2020-12', io: 'output' });
  const body = { $id: new URL(scheduleSchemaPath, handbook.site.url).href, title: `Sessions published by ${handbook.site.name}`, ...schema };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
};
