import { getCollection, getEntry } from 'astro:content';
import type { LockEntry } from './calendar/publication-lock.ts';
import type { Cohort } from '../schemas/cohort.ts';
import type { GlossaryTerm } from '../schemas/glossary.ts';
import type { Programme } from '../schemas/programme.ts';
import type { RecruitmentWindow } from '../schemas/recruitment.ts';
import type { Venue } from '../schemas/venue.ts';

// Typed access to the YAML collections. Their data was validated by the schemas
// in src/schemas before the build started, so the casts here are safe.

export async function getProgramme(id: string): Promise<Programme | undefined> {
  return (await getEntry('programmes', id))?.data as Programme | undefined;
}

export async function getProgrammes(): Promise<Record<string, Programme>> {
  return Object.fromEntries((await getCollection('programmes')).map((entry) => [entry.id, entry.data as Programme]));
}

export async function getVenues(): Promise<Record<string, Venue>> {
  return Object.fromEntries((await getCollection('venues')).map((entry) => [entry.id, entry.data as Venue]));
}

export async function getCohorts(): Promise<Record<string, Cohort>> {
  return Object.fromEntries((await getCollection('cohorts')).map((entry) => [entry.id, entry.data as Cohort]));
}

export async function getRecruitmentWindows(): Promise<(RecruitmentWindow & { id: string })[]> {
  return (await getCollection('recruitment')).map((entry) => ({ id: entry.id, ...(entry.data as RecruitmentWindow) })).sort((a, b) => a.opens.localeCompare(b.opens));
}

export async function getGlossary(): Promise<GlossaryTerm[]> {
  const entries = await getCollection('glossary');
  return entries
    .map((entry) => entry.data as GlossaryTerm & { order: number })
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...term }) => term);
}

/** Sequence and last-modified time this build publishes, by publication-lock key. */
export async function getPublicationLock(): Promise<Record<string, LockEntry>> {
  return Object.fromEntries((await getCollection('publication')).map((entry) => [entry.id, entry.data as LockEntry]));
}
