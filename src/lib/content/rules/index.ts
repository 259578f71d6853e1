import type { CheckOptions } from '../check-content.ts';
import type { ContentSources, HandbookContent } from '../load-content.ts';
import type { ContentProblem } from '../problem.ts';

export interface RuleContext {
  dir: string;
  content?: HandbookContent;
  sources: ContentSources;
  options: CheckOptions;
}

/** A check across the content that one file's schema cannot make. */
export type ContentRule = (context: RuleContext) => ContentProblem[];

export const contentRules: ContentRule[] = [];
