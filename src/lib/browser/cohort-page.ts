import { initCopyButtons } from './copy-buttons.ts';
import { showNextSessions } from './next-session.ts';
import { initSessionToggles } from './sessions-ui.ts';

/** Everything a cohort page does in the browser: the reader's clock, "My sessions", copy and print buttons. */
export function initCohortPage(root: Document): void {
  // Also brings the schedule's past and next sessions up to the reader's clock.
  showNextSessions(root);
  initSessionToggles(root);
  initCopyButtons(root);
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  }
}
