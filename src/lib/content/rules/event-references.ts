import { formatDate } from '../../time/govuk-date.ts';
import type { ContentProblem } from '../problem.ts';
import { locateValue } from '../read-yaml.ts';
import { listAnd, listOr, nearest } from '../suggest.ts';
import { cohortFiles } from './cohort-files.ts';
import type { ContentRule } from '../types.ts';
import { problemAt } from './place.ts';

function didYouMean(value: string, known: string[], what: string): string {
  const guess = nearest(value, known);
  if (guess) return `Did you mean \`${guess}\`?`;
  if (known.length === 0) return `There are no files in ${what} yet: add one, or check the folder name.`;
  return `Use ${known.length === 1 ? '' : 'one of '}${listOr(known.slice(0, 12).map((k) => `\`${k}\``))}${known.length > 12 ? ' (and others)' : ''}.`;
}

/** The span of programme year `year` for a cohort starting in `startYear`: 1 September to 31 August. */
export function programmeYearSpan(startYear: number, year: number): { from: string; to: string } {
  const first = startYear + year - 1;
  return { from: `${first}-09-01`, to: `${first + 1}-08-31` };
}

/**
 * References between files (programme, venue, repeatOf) and the rules of a
 * schedule's structure: unique ids, venues for in-person sessions, years that exist.
 */
export const eventReferencesRule: ContentRule = (context) => {
  const problems: ContentProblem[] = [];
  const programmeIds = context.sources.ids.programmes;
  const venueIds = context.sources.ids.venues;

  for (const file of cohortFiles(context)) {
    const { source } = file;
    if (file.programmeId !== undefined && !programmeIds.includes(file.programmeId)) {
      problems.push(problemAt(source, ['programme'], `"${file.programmeId}" is not a programme in content/programmes.`, didYouMean(file.programmeId, programmeIds, 'content/programmes')));
    }
    const programme = file.programmeId ? context.content?.programmes[file.programmeId] : undefined;
    const years = programme?.years.map((y) => y.number) ?? [];

    const firstIndexById = new Map<string, number>();
    const byId = new Map(file.events.map(({ event }) => [event.id, event]));
    for (const { index, event } of file.events) {
      const at = ['events', index] as const;

      const earlier = firstIndexById.get(event.id);
      if (earlier !== undefined) {
        const { line } = locateValue(source, ['events', earlier, 'id']);
        problems.push(
          problemAt(
            source,
            [...at, 'id'],
            `"${event.id}" is already the id of events[${earlier}] (line ${line}).`,
            'Give each session its own id. Ids never change once published, so rename the one you added most recently.',
          ),
        );
      } else firstIndexById.set(event.id, index);

      if (event.mode !== 'online' && !event.venue) {
        problems.push(
          problemAt(source, [...at, 'mode'], `is ${event.mode}, so the session needs a venue.`, `Add \`venue:\` with the id of a file in content/venues${venueIds.length ? ` (${listOr(venueIds.slice(0, 6))})` : ''}, or set \`mode: online\`.`),
        );
      } else if (event.venue && !venueIds.includes(event.venue)) {
        problems.push(problemAt(source, [...at, 'venue'], `"${event.venue}" is not a venue in content/venues.`, didYouMean(event.venue, venueIds, 'content/venues')));
      } else if (event.mode === 'online' && event.venue) {
        problems.push(problemAt(source, [...at, 'venue'], 'is set, but the session is online, so no venue is shown.', 'Remove the venue, or set `mode: hybrid` if people can also attend in person.', 'warning'));
      }

      if (programme && !years.includes(event.year)) {
        problems.push(problemAt(source, [...at, 'year'], `is ${event.year}, but programme ${file.programmeId} has ${years.length === 1 ? 'only year' : 'years'} ${listAnd(years.map(String))}.`, 'Set the programme year (or phase) this session belongs to.'));
      } else if (file.startYear !== undefined && programme) {
        const span = programmeYearSpan(file.startYear, event.year);
        if (event.date < span.from || event.date > span.to) {
          problems.push(
            problemAt(
              source,
              [...at, 'date'],
              `${formatDate(event.date)} is outside year ${event.year} of this cohort, which runs from ${formatDate(span.from)} to ${formatDate(span.to)}.`,
              'Check the date, the `year`, and the cohort’s `startYear`.',
              'warning',
            ),
          );
        }
      }

      if (event.repeatOf !== undefined) {
        const original = byId.get(event.repeatOf);
        if (event.repeatOf === event.id) {
          problems.push(problemAt(source, [...at, 'repeatOf'], 'names this session itself.', 'Set it to the id of the session this one repeats, or remove the line.'));
        } else if (!original && file.writtenIds.has(event.repeatOf)) {
          // The session it repeats is there but has a problem of its own, already reported.
        } else if (!original) {
          problems.push(problemAt(source, [...at, 'repeatOf'], `"${event.repeatOf}" is not the id of a session in this cohort.`, didYouMean(event.repeatOf, [...file.writtenIds], 'this cohort')));
        } else if (original.repeatOf !== undefined) {
          problems.push(
            problemAt(source, [...at, 'repeatOf'], `"${event.repeatOf}" is itself a repeat of "${original.repeatOf}".`, `Point it at the original session: \`repeatOf: ${original.repeatOf}\`.`),
          );
        } else if (original.type !== event.type) {
          problems.push(problemAt(source, [...at, 'type'], `is ${event.type}, but the session it repeats ("${original.id}") is a ${original.type}.`, 'A repeat offers the same session on another date: use the same type.', 'warning'));
        }
      }
    }
  }

  for (const [id, source] of Object.entries(context.sources.recruitment)) {
    const sessions = context.content?.recruitment[id]?.informationSessions ?? [];
    sessions.forEach((session, index) => {
      const at = ['informationSessions', index] as const;
      if (session.mode !== 'online' && !session.venue) {
        problems.push(problemAt(source, [...at, 'mode'], `is ${session.mode}, so the session needs a venue.`, 'Add `venue:` with the id of a file in content/venues, or set `mode: online`.'));
      } else if (session.venue && !venueIds.includes(session.venue)) {
        problems.push(problemAt(source, [...at, 'venue'], `"${session.venue}" is not a venue in content/venues.`, didYouMean(session.venue, venueIds, 'content/venues')));
      }
    });
  }
  return problems;
};
