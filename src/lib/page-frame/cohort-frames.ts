import type { CohortView } from '../handbook/hydrate.ts';
import { cohortHeadings, type Heading } from '../pages/cohort-page.ts';

export interface CohortFrame {
  /** Part of the frame's address: `f0`, `f1`, … */
  id: string;
  headings: Heading[];
}

/**
 * Cohort pages differ in their table of contents only by their terms, so
 * cohorts whose headings match share one frame: Starlight renders a frame per
 * distinct table of contents (a few per hub, however many cohorts), and the
 * build fills it for each cohort. A hub whose every cohort has its own terms
 * gets a frame per cohort, which costs what a page per cohort did before.
 */
export function cohortFrames(cohorts: readonly Pick<CohortView, 'id' | 'events'>[]): { frames: CohortFrame[]; frameOf: Map<string, string> } {
  const bySignature = new Map<string, CohortFrame>();
  const frameOf = new Map<string, string>();
  for (const cohort of cohorts) {
    const headings = cohortHeadings(cohort);
    const signature = JSON.stringify(headings);
    let frame = bySignature.get(signature);
    if (!frame) {
      frame = { id: `f${bySignature.size}`, headings };
      bySignature.set(signature, frame);
    }
    frameOf.set(cohort.id, frame.id);
  }
  return { frames: [...bySignature.values()], frameOf };
}
