import type { ContentSources, HandbookContent } from './load-content.ts';
import type { ContentProblem } from './problem.ts';

/** What a check needs to know beyond the files themselves. */
export interface CheckOptions {
  /** Today's date in the hub's zone, `YYYY-MM-DD`: what is past, open or upcoming. */
  today?: string;
  /** UTC time stamped on publication-lock entries that are new or changed, `YYYY-MM-DDTHH:MM:SSZ`. */
  now?: string;
}

export interface RuleContext {
  dir: string;
  content?: HandbookContent;
  sources: ContentSources;
  options: CheckOptions;
}

/** A check across the content that one file's schema cannot make. */
export type ContentRule = (context: RuleContext) => ContentProblem[];
