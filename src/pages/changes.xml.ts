import type { APIRoute } from 'astro';
import { handbook } from '../data/handbook.ts';
import { changesAtom } from '../lib/schedule/changes-atom.ts';

// An Atom feed of /changes/, for people who follow changes in a feed reader.
export const GET: APIRoute = () => new Response(changesAtom(handbook), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
