import type { GlossaryTerm } from '../../schemas/glossary.ts';
import type { Programme, Role } from '../../schemas/programme.ts';
import type { RecruitmentWindow } from '../../schemas/recruitment.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import type { Source } from '../../schemas/sources.ts';
import type { ChangeKind, Material } from '../calendar/publication-lock.ts';
import type { ScheduleModel, VenueWithId } from '../schedule/build-schedule.ts';

/**
 * Everything the site publishes, worked out once from checked content: the one
 * thing pages, feeds and endpoints read (through `virtual:handbook/data`). Plain
 * JSON, normalised (sessions are listed once and referred to by key), so it can
 * travel into the build as a module.
 */
export interface HandbookModel {
  site: SiteConfig;
  /** The date the site is built as of, in the hub's zone, `YYYY-MM-DD`. */
  today: string;
  /** Host calendar UIDs are made with (see the publication lock). */
  uidHost: string;
  programmes: Record<string, Programme>;
  venues: Record<string, VenueWithId>;
  schedule: ScheduleModel;
  /** Facilitator recruitment windows, earliest first. */
  recruitment: RecruitmentModel[];
  /** Glossary terms A to Z, each with its anchor on the glossary page. */
  glossary: GlossaryEntry[];
  /** Every subscription feed the site publishes. */
  feeds: FeedDefinition[];
  /** Every change to a published session (and recruitment window) in the lock's history, newest first. */
  changes: ChangeRecord[];
  /** The official pages the handbook cites, by id. */
  sources: Record<string, Source>;
}

/** Sequence and last-modified time of one published calendar item. */
export interface Stamp {
  sequence: number;
  modified: string;
}

export interface RecruitmentModel extends RecruitmentWindow {
  id: string;
  stamps: { opens: Stamp; closes: Stamp; sessions: Record<string, Stamp> };
}

export interface GlossaryEntry extends GlossaryTerm {
  anchor: string;
}

export type FeedScope = { kind: 'all' } | { kind: 'recruitment' } | { kind: 'cohort'; cohortId: string; role?: Role };

export interface FeedDefinition {
  /** Stable address on the site; people subscribe to it, so it must never change. */
  path: string;
  name: string;
  description: string;
  scope: FeedScope;
}

export interface ChangeRecord {
  /** UTC instant the change was published. */
  at: string;
  key: string;
  changes: ChangeKind[];
  before?: Material;
  after: Material;
}
