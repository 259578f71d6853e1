import { readSaved } from './my-sessions.ts';
import { applyClock } from './sessions-ui.ts';

/**
 * Next-session panels, brought up to the reader's clock: the item that has not
 * finished comes first, "no more sessions" shows when none is left, and a
 * session saved in "My sessions" is named above the list. Text is set with
 * textContent only.
 */
export function showNextSessions(root: ParentNode, now: number = Date.now()): void {
  applyClock(root, now);
  const saved = readSaved().find((s) => !s.cancelled && Date.parse(s.endUtc) > now);
  for (const panel of root.querySelectorAll<HTMLElement>('[data-next-panel]')) {
    const none = panel.querySelector<HTMLElement>('[data-none]');
    if (none) none.hidden = panel.querySelector('[data-next-session], [data-next-pick]') !== null;
    const line = panel.querySelector<HTMLElement>('[data-saved-next]');
    if (!line || !saved) continue;
    const link = document.createElement('a');
    link.href = saved.path;
    link.textContent = saved.title;
    line.replaceChildren('Your next saved session: ', link, `, ${saved.when}. `);
    const all = document.createElement('a');
    all.href = '/my-sessions/';
    all.textContent = 'All my sessions';
    line.append(all);
    line.hidden = false;
  }
}
