import { eventSchema, type CohortEvent } from '../../../schemas/cohort.ts';
import type { YamlSource } from '../read-yaml.ts';
import type { RuleContext } from '../types.ts';

export interface IndexedEvent {
  /** Position in the file's `events` list, as shown in field names (`events[3]`). */
  index: number;
  event: CohortEvent;
}

export interface CohortFile {
  id: string;
  source: YamlSource;
  programmeId?: string;
  startYear?: number;
  /** The events that passed their own schema check, even if something else in the file did not. */
  events: IndexedEvent[];
  /** Ids of every session written in the file, including those that failed their schema check. */
  writtenIds: Set<string>;
  /** True when the whole file passed its schema check. */
  valid: boolean;
}

function field(value: unknown, key: string): unknown {
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * Each cohort file with whatever of it can be checked. A typo in one session
 * should not hide the problems of every other session in the file.
 */
export function cohortFiles(context: RuleContext): CohortFile[] {
  const cached = cache.get(context);
  if (cached) return cached;
  const files = readCohortFiles(context);
  cache.set(context, files);
  return files;
}

const cache = new WeakMap<RuleContext, CohortFile[]>();

function readCohortFiles(context: RuleContext): CohortFile[] {
  return Object.entries(context.sources.cohorts).map(([id, source]) => {
    const valid = context.content?.cohorts[id];
    if (valid) {
      const events = valid.events.map((event, index) => ({ index, event }));
      return { id, source, programmeId: valid.programme, startYear: valid.startYear, events, writtenIds: new Set(valid.events.map((event) => event.id)), valid: true };
    }
    const raw = field(source.value, 'events');
    const events: IndexedEvent[] = [];
    const writtenIds = new Set<string>();
    if (Array.isArray(raw)) {
      raw.forEach((item, index) => {
        const id = field(item, 'id');
        if (typeof id === 'string') writtenIds.add(id);
        const parsed = eventSchema.safeParse(item);
        if (parsed.success) events.push({ index, event: parsed.data });
      });
    }
    const programme = field(source.value, 'programme');
    const startYear = field(source.value, 'startYear');
    return {
      id,
      source,
      programmeId: typeof programme === 'string' ? programme : undefined,
      startYear: Number.isInteger(startYear) ? (startYear as number) : undefined,
      events,
      writtenIds,
      valid: false,
    };
  });
}

/**
 * The original session each session stands for: itself, or the one it repeats
 * (following a repeat of a repeat back to the original).
 */
export function originalIds(file: CohortFile): Map<string, string> {
  const repeatOf = new Map(file.events.map(({ event }) => [event.id, event.repeatOf]));
  const roots = new Map<string, string>();
  for (const { event } of file.events) {
    let id = event.id;
    for (let hops = 0; hops < 10 && repeatOf.get(id) && repeatOf.get(id) !== id; hops++) id = repeatOf.get(id)!;
    roots.set(event.id, id);
  }
  return roots;
}

/**
 * Does the file have two sessions with one id, or a `repeatOf` that does not
 * name another original session? Both are reported where they are; counting
 * sessions before they are fixed would only add a confusing second message.
 */
export function hasBrokenReferences(file: CohortFile): boolean {
  const ids = new Set<string>();
  for (const { event } of file.events) {
    if (ids.has(event.id)) return true;
    ids.add(event.id);
  }
  const byId = new Map(file.events.map(({ event }) => [event.id, event]));
  return file.events.some(({ event }) => {
    if (event.repeatOf === undefined) return false;
    const original = byId.get(event.repeatOf);
    return !original || original === event || original.repeatOf !== undefined;
  });
}
