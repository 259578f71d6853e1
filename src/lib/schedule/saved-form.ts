import type { SavedSession } from '../browser/my-sessions.ts';
import type { Session } from '../handbook/hydrate.ts';
import { formatDateTimeRange } from '../time/govuk-date.ts';

/** What "My sessions" keeps in the browser for a session: enough to list it and fetch its calendar file. */
export function savedForm(session: Session): SavedSession {
  return {
    key: session.key,
    uid: session.uid,
    title: session.title,
    cohortTitle: session.cohortTitle,
    startUtc: session.startUtc,
    endUtc: session.endUtc,
    when: formatDateTimeRange(session.date, session.start, session.end),
    where: session.venue ? `${session.mode === 'hybrid' ? 'In person or online: ' : ''}${session.venue.name}` : 'Online',
    path: session.path,
    icsPath: session.icsPath,
    cancelled: session.cancelled,
  };
}
