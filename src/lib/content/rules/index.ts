import type { CheckOptions } from '../check-content.ts';
import type { ContentSources, HandbookContent } from '../load-content.ts';
import type { ContentProblem } from '../problem.ts';
import { commitmentsRule } from './commitments.ts';
import { eventOverlapsRule } from './event-overlaps.ts';
import { eventReferencesRule } from './event-references.ts';
import { eventTimesRule } from './event-times.ts';
import { handbookPagesRule } from './handbook-pages.ts';
import { joiningLinksRule } from './joining-links.ts';
import { recruitmentRule } from './recruitment.ts';

export interface RuleContext {
  dir: string;
  content?: HandbookContent;
  sources: ContentSources;
  options: CheckOptions;
}

/** A check across the content that one file's schema cannot make. */
export type ContentRule = (context: RuleContext) => ContentProblem[];

export const contentRules: ContentRule[] = [eventTimesRule, eventReferencesRule, eventOverlapsRule, commitmentsRule, recruitmentRule, joiningLinksRule, handbookPagesRule];
