import { eventSchema, type CohortEvent } from '../../../schemas/cohort.ts';
import type { YamlSource } from '../read-yaml.ts';
import type { RuleContext } from './index.ts';

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
      return { id, source, programmeId: valid.programme, startYear: valid.startYear, events: valid.events.map((event, index) => ({ index, event })), valid: true };
    }
    const raw = field(source.value, 'events');
    const events: IndexedEvent[] = [];
    if (Array.isArray(raw)) {
      raw.forEach((item, index) => {
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
      valid: false,
    };
  });
}
