import { changedEvent, readSaved, toggleSaved, type SavedSession } from './my-sessions.ts';

/** Shows the "my sessions" buttons and keeps each one's pressed state in step with what is saved. */
export function initSessionToggles(root: ParentNode): void {
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('button[data-my-session]')];
  const sync = () => {
    const saved = new Set(readSaved().map((s) => s.key));
    for (const button of buttons) {
      const session = JSON.parse(button.dataset.mySession ?? '{}') as SavedSession;
      button.setAttribute('aria-pressed', String(saved.has(session.key)));
    }
  };
  for (const button of buttons) {
    if (button.dataset.ready) continue;
    button.dataset.ready = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      toggleSaved(JSON.parse(button.dataset.mySession ?? '{}') as SavedSession);
      window.dispatchEvent(new Event(changedEvent));
    });
  }
  sync();
  window.addEventListener(changedEvent, sync);
  window.addEventListener('storage', sync);
}

/**
 * Brings a schedule up to the reader's own time: sessions that have ended look
 * past, and the first one still to come that goes ahead carries
 * `data-next-session` (the build date decided both before the script ran).
 */
export function applyClock(root: ParentNode, now: number = Date.now()): void {
  for (const list of root.querySelectorAll<HTMLElement>('[data-schedule]')) {
    // A page has one data-next-session; a second list (a summary box) marks its pick another way.
    const mark = `data-${list.dataset.schedule || 'next-session'}`;
    let next: HTMLElement | undefined;
    for (const item of list.querySelectorAll<HTMLElement>('[data-session-end]')) {
      const ended = Date.parse(item.dataset.sessionEnd ?? '') <= now;
      item.classList.toggle('is-past', ended);
      const tag = item.querySelector<HTMLElement>('[data-past-tag]');
      if (tag) tag.hidden = !ended || item.dataset.cancelled === 'true';
      item.removeAttribute(mark);
      if (!next && !ended && item.dataset.cancelled !== 'true') next = item;
    }
    next?.setAttribute(mark, '');
    for (const label of list.querySelectorAll<HTMLElement>('[data-next-label]')) label.hidden = !label.closest(`[${mark}]`);
  }
}
