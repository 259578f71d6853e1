/** Filters on the events page: which sessions to show. Empty means "any". */
export interface SessionFilters {
  cohort: string;
  role: string;
  type: string;
  mode: string;
}

export function readFilters(form: HTMLFormElement): SessionFilters {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  return { cohort: value('cohort'), role: value('role'), type: value('type'), mode: value('mode') };
}

/** Whether one session matches; `roles` is its space-separated audience. */
export function matchesFilters(filters: SessionFilters, session: { cohort: string; roles: string; type: string; mode: string }): boolean {
  return (
    (!filters.cohort || filters.cohort === session.cohort) &&
    (!filters.role || session.roles.split(' ').includes(filters.role)) &&
    (!filters.type || filters.type === session.type) &&
    (!filters.mode || filters.mode === session.mode)
  );
}

/** Shows and hides the listed sessions and their cohort sections, and says how many are shown. */
export function applySessionFilters(root: Document, filters: SessionFilters): number {
  let shown = 0;
  for (const section of root.querySelectorAll<HTMLElement>('[data-cohort]')) {
    let inSection = 0;
    for (const item of section.querySelectorAll<HTMLElement>('li[data-type]')) {
      const visible = matchesFilters(filters, { cohort: section.dataset.cohort ?? '', roles: item.dataset.roles ?? '', type: item.dataset.type ?? '', mode: item.dataset.mode ?? '' });
      item.hidden = !visible;
      if (visible) inSection += 1;
    }
    section.hidden = inSection === 0;
    shown += inSection;
  }
  const count = root.querySelector('[data-count]');
  if (count) count.textContent = shown === 0 ? 'No upcoming sessions match these filters.' : `Showing ${shown} upcoming ${shown === 1 ? 'session' : 'sessions'}.`;
  return shown;
}
