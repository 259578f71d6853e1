import { existsSync, readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { z } from 'astro/zod';
import { cohortSchema, type Cohort } from '../../schemas/cohort.ts';
import { glossarySchema, type GlossaryTerm } from '../../schemas/glossary.ts';
import { programmeSchema, type Programme } from '../../schemas/programme.ts';
import { recruitmentSchema, type RecruitmentWindow } from '../../schemas/recruitment.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { sourcesSchema, type Source } from '../../schemas/sources.ts';
import { venueSchema, type Venue } from '../../schemas/venue.ts';
import { displayPath } from './content-dir.ts';
import { loadSite } from './load-site.ts';
import type { ContentProblem } from './problem.ts';
import { readYamlFile } from './read-file.ts';
import type { YamlSource } from './read-yaml.ts';

/** Everything a hub wrote in content/, validated file by file. */
export interface HandbookContent {
  dir: string;
  site: SiteConfig;
  programmes: Record<string, Programme>;
  venues: Record<string, Venue>;
  cohorts: Record<string, Cohort>;
  recruitment: Record<string, RecruitmentWindow>;
  glossary: GlossaryTerm[];
  /** The official pages the handbook cites, by id (content/sources.yaml). */
  sources: Record<string, Source>;
}

/**
 * Every readable YAML file by folder and id, valid or not, so later checks can
 * point at a line, and can still look inside a file whose schema check failed.
 */
export interface ContentSources {
  programmes: Record<string, YamlSource>;
  venues: Record<string, YamlSource>;
  cohorts: Record<string, YamlSource>;
  recruitment: Record<string, YamlSource>;
  /** Every readable YAML file, including site.yaml and glossary.yaml. */
  files: YamlSource[];
  /**
   * The id of every YAML file in each folder, even one that cannot be read: a
   * reference to it is not also reported as a reference to nothing.
   */
  ids: Record<CollectionFolder, string[]>;
}

export const collectionFolders = ['programmes', 'venues', 'cohorts', 'recruitment'] as const;
export type CollectionFolder = (typeof collectionFolders)[number];

const schemas = { programmes: programmeSchema, venues: venueSchema, cohorts: cohortSchema, recruitment: recruitmentSchema } satisfies Record<CollectionFolder, z.ZodType>;

const yamlExtensions = new Set(['.yaml', '.yml']);

function readFolder<S extends z.ZodType>(dir: string, folder: string, schema: S, problems: ContentProblem[], files: YamlSource[]) {
  const entries: Record<string, z.output<S>> = {};
  const sources: Record<string, YamlSource> = {};
  const seen = new Set<string>();
  const path = join(dir, folder);
  if (!existsSync(path)) return { entries, sources, ids: [] as string[] };
  if (!statSync(path).isDirectory()) {
    problems.push({ file: displayPath(path), message: `should be a folder of .yaml files, but it is a file.`, fix: `Make ${folder}/ a folder and put one .yaml file per entry in it.`, severity: 'error' });
    return { entries, sources, ids: [] as string[] };
  }
  for (const name of readdirSync(path).sort()) {
    const ext = extname(name);
    if (name.startsWith('.') || name.startsWith('_')) continue;
    const file = join(path, name);
    if (!yamlExtensions.has(ext)) {
      problems.push({ file: displayPath(file), message: 'is not read: only .yaml files belong in this folder.', fix: 'Rename it to end in .yaml, or move it out of the folder.', severity: 'warning' });
      continue;
    }
    const id = name.slice(0, -ext.length);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) {
      const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
      problems.push({
        file: displayPath(file),
        message: 'has a name that cannot be used as an id: the file name becomes part of web addresses and calendar entries.',
        fix: `Rename it using lower-case letters, digits and dashes, for example ${suggestion || 'cohort-a'}${ext}.`,
        severity: 'error',
      });
      continue;
    }
    if (seen.has(id)) {
      problems.push({ file: displayPath(file), message: `has the same id as another file in ${folder}/ (${id}).`, fix: 'Keep one of them: ids must be unique.', severity: 'error' });
      continue;
    }
    seen.add(id);
    const result = readYamlFile(file, schema, dir);
    problems.push(...result.problems);
    if (result.source) {
      files.push(result.source);
      sources[id] = result.source;
    }
    if (result.data !== undefined) entries[id] = result.data;
  }
  return { entries, sources, ids: [...seen] };
}

/**
 * Reads every YAML file in the content folder and validates each against its
 * schema. Checks across files (references, schedules, the publication lock) come
 * after, in `check-content.ts`.
 */
export function loadContent(dir: string): { content?: HandbookContent; sources: ContentSources; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const files: YamlSource[] = [];
  const { site, source: siteSource, problems: siteProblems } = loadSite(dir);
  problems.push(...siteProblems);
  if (siteSource) files.push(siteSource);

  const folders = Object.fromEntries(collectionFolders.map((folder) => [folder, readFolder(dir, folder, schemas[folder], problems, files)])) as {
    [F in CollectionFolder]: { entries: Record<string, z.output<(typeof schemas)[F]>>; sources: Record<string, YamlSource>; ids: string[] };
  };

  let glossary: GlossaryTerm[] = [];
  const glossaryPath = join(dir, 'glossary.yaml');
  if (existsSync(glossaryPath)) {
    const result = readYamlFile(glossaryPath, glossarySchema, dir);
    problems.push(...result.problems);
    if (result.source) files.push(result.source);
    glossary = result.data?.terms ?? [];
  }

  let citedSources: Record<string, Source> = {};
  const sourcesPath = join(dir, 'sources.yaml');
  if (existsSync(sourcesPath)) {
    const result = readYamlFile(sourcesPath, sourcesSchema, dir);
    problems.push(...result.problems);
    if (result.source) files.push(result.source);
    citedSources = Object.fromEntries((result.data?.sources ?? []).map((source) => [source.id, source]));
  }

  const sources: ContentSources = {
    programmes: folders.programmes.sources,
    venues: folders.venues.sources,
    cohorts: folders.cohorts.sources,
    recruitment: folders.recruitment.sources,
    files,
    ids: Object.fromEntries(collectionFolders.map((folder) => [folder, folders[folder].ids])) as Record<CollectionFolder, string[]>,
  };
  if (!site) return { sources, problems };
  return {
    content: {
      dir,
      site,
      programmes: folders.programmes.entries,
      venues: folders.venues.entries,
      cohorts: folders.cohorts.entries,
      recruitment: folders.recruitment.entries,
      glossary,
      sources: citedSources,
    },
    sources,
    problems,
  };
}
