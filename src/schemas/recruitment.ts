import { z } from 'astro/zod';
import { email, isoDate, markdownText, matching, shortText, slugId, wallTime, webUrl } from './fields.ts';

const informationSession = z.strictObject({
  /** Unique in this file and never changed once published: calendar apps follow the session by it. */
  id: slugId.meta({ examples: ['info-1'] }),
  title: shortText(160).default('Information session'),
  date: isoDate.meta({ examples: ['2026-04-15'] }),
  start: wallTime.meta({ examples: ['16:00'] }),
  end: wallTime.meta({ examples: ['17:00'] }),
  mode: z.enum(['online', 'in-person', 'hybrid']).meta({ examples: ['online'] }),
  /** Id of a file in content/venues, for in-person sessions. */
  venue: z.string().optional(),
  /** How to book or join (never a joining link: the site is public). Markdown. */
  description: markdownText.optional(),
});

/** `content/recruitment/<id>.yaml`: a window in which the hub recruits facilitators. */
export const recruitmentSchema = z.strictObject({
  title: shortText(160).meta({ examples: ['Facilitator recruitment for 2026 to 2027'] }),
  /** The academic year the facilitators will work in. */
  academicYear: matching(/^\d{4}\/\d{2}$/, 'is not an academic year like 2026/27.', 'Write the start year, a slash and the last two digits of the end year: "2026/27".')
    .meta({ examples: ['2026/27'] }),
  /** First day applications are accepted. */
  opens: isoDate.meta({ examples: ['2026-03-23'] }),
  /** Last day applications are accepted (until the end of that day unless `closesAt` says otherwise). */
  closes: isoDate.meta({ examples: ['2026-05-08'] }),
  /** Time on the closing day when applications stop, 24-hour. GOV.UK style avoids "midnight". */
  closesAt: wallTime.default('23:59'),
  /** How to apply: a form, an email address, or both, with a sentence of instructions. */
  apply: z.strictObject({
    url: webUrl.optional(),
    email: email.optional(),
    instructions: markdownText.meta({ examples: ['Send a CV and a one-page letter saying why you would like to facilitate.'] }),
  }),
  informationSessions: z.array(informationSession).default([]),
  /** The handbook page about the role, linked from calendar entries. */
  page: matching(/^\/([\w-]+\/)*$/, 'is not a page address on this site.', 'Write the path with slashes at both ends, for example /career/becoming-a-facilitator/.')
    .default('/')
    .meta({ examples: ['/career/becoming-a-facilitator/'] }),
});

export type RecruitmentWindow = z.output<typeof recruitmentSchema>;
