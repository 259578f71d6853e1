import { changedEvent, mergeCalendars, readSaved, removeSaved, type SavedSession } from './my-sessions.ts';

function item(session: SavedSession, onRemove: () => void): HTMLLIElement {
  const li = document.createElement('li');
  const when = document.createElement('span');
  when.className = 'when';
  when.textContent = session.when;
  const link = document.createElement('a');
  link.href = session.path;
  link.textContent = session.title;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = `${session.where}. ${session.cohortTitle}`;
  li.append(when, link);
  if (session.cancelled) {
    const tag = document.createElement('strong');
    tag.className = 'tag tag--cancelled';
    tag.textContent = 'Cancelled';
    li.append(' ', tag);
  }
  li.append(meta);
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'outline-button';
  remove.textContent = 'Remove from my sessions';
  const hidden = document.createElement('span');
  hidden.className = 'sr-only';
  hidden.textContent = ` (${session.title}, ${session.when})`;
  remove.append(hidden);
  remove.addEventListener('click', onRemove);
  li.append(remove);
  return li;
}

/** The "My sessions" page: the saved list, earliest first, a calendar download and print. */
export function initMySessionsPage(root: Document): void {
  const container = root.querySelector<HTMLElement>('[data-my-sessions]');
  if (!container) return;
  container.hidden = false;
  const list = container.querySelector<HTMLOListElement>('[data-list]')!;
  const status = container.querySelector<HTMLElement>('[data-status]')!;
  const render = () => {
    const saved = readSaved();
    list.replaceChildren(
      ...saved.map((session) =>
        item(session, () => {
          removeSaved(session.key);
          window.dispatchEvent(new Event(changedEvent));
          status.textContent = `Removed ${session.title}.`;
        }),
      ),
    );
    container.querySelector<HTMLElement>('[data-empty]')!.hidden = saved.length > 0;
    container.querySelector<HTMLElement>('[data-actions]')!.hidden = saved.length === 0;
    container.querySelector<HTMLElement>('[data-actions-note]')!.hidden = saved.length === 0;
  };
  render();
  window.addEventListener(changedEvent, render);
  window.addEventListener('storage', render);

  container.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  container.querySelector('[data-download]')?.addEventListener('click', async () => {
    const saved = readSaved();
    status.textContent = 'Preparing your calendar file…';
    try {
      const files = await Promise.all(
        saved.map(async (session) => {
          const response = await fetch(session.icsPath);
          if (!response.ok) throw new Error(session.title);
          return response.text();
        }),
      );
      const blob = new Blob([mergeCalendars(files, 'My sessions')], { type: 'text/calendar;charset=utf-8' });
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = 'my-sessions.ics';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      status.textContent = `Downloaded ${saved.length} ${saved.length === 1 ? 'session' : 'sessions'}.`;
    } catch (error) {
      status.textContent = `Could not fetch ${error instanceof Error ? error.message : 'a session'}: it may have been removed. Open your cohort's page to check.`;
    }
  });
}
