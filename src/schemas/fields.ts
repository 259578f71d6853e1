import { z } from 'astro/zod';

/**
 * Field types shared by every content file. Each one explains its own
 * mistakes in the administrator's terms (see `lib/content/schema-problems.ts`).
 */

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/** A calendar date written `YYYY-MM-DD`, quoted or not; stays text so no time zone can shift it. */
export const isoDate = z.string().superRefine((value, ctx) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a date written as YYYY-MM-DD.`,
      params: { fix: 'Write the year, month and day with dashes, for example 2026-10-06 for 6 October 2026.' },
    });
    return;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    ctx.addIssue({ code: 'custom', message: `${value} has month ${match[2]}, but months run from 01 to 12.`, params: { fix: 'Write the month second: YYYY-MM-DD.' } });
    return;
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    ctx.addIssue({
      code: 'custom',
      message: `${value} is not a real date: ${monthNames[month - 1]} ${year} has ${last} days.`,
      params: { fix: 'Check the day against a calendar.' },
    });
  }
}).meta({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A date written YYYY-MM-DD, for example 2026-10-06.' });

/** A time of day on the 24-hour clock, `HH:MM`, read as UK time. */
export const wallTime = z.string().superRefine((value, ctx) => {
  if (/^([01]\d|2[0-3]):[0-5]\d$/.test(value)) return;
  const twelveHour = /^(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$/i.exec(value.trim());
  let fix = 'Write it as 24-hour HH:MM in quotes, for example "09:30" or "16:00".';
  if (twelveHour) {
    const hour = (Number(twelveHour[1]) % 12) + (twelveHour[3]!.toLowerCase() === 'p' ? 12 : 0);
    fix = `Write it on the 24-hour clock: "${String(hour).padStart(2, '0')}:${twelveHour[2] ?? '00'}".`;
  } else if (/^\d:[0-5]\d$/.test(value)) {
    fix = `Add the leading zero: "0${value}".`;
  } else if (/^\d{1,2}\.\d{2}$/.test(value)) {
    fix = `Use a colon: "${value.replace('.', ':').padStart(5, '0')}".`;
  } else if (/^\d{2}:\d{2}$/.test(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a time of day: the 24-hour clock runs from 00:00 to 23:59.`,
      params: { fix: 'Correct the hour or the minutes.' },
    });
    return;
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a time written as 24-hour HH:MM.`, params: { fix } });
}).meta({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$', description: 'UK time on the 24-hour clock, in quotes, for example "16:00".' });

/** An identifier used in web addresses and calendar UIDs: lower-case letters, digits and dashes. */
export const slugId = z.string().superRefine((value, ctx) => {
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) && value.length <= 80) return;
  const suggestion = value
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not a valid id: ids use only lower-case letters, digits and single dashes (at most 80 characters).`,
    params: { fix: suggestion ? `For example: ${suggestion}` : 'For example: y1-clinic-1' },
  });
}).meta({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' });

/**
 * Text that must match `pattern`. Says what was expected and how to fix it in
 * the administrator's words (zod keeps `params` only for custom checks), and
 * still gives editors the pattern through the JSON Schema.
 */
export function matching(pattern: RegExp, message: string, fix: string, base: z.ZodString = z.string()) {
  return base
    .superRefine((value, ctx) => {
      if (!pattern.test(value)) ctx.addIssue({ code: 'custom', message, params: { fix } });
    })
    .meta({ pattern: pattern.source });
}

export const email = z.email();

/** A public web address. */
export const webUrl = z.url({ protocol: /^https?$/ });

const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const lineBreak = /[\r\n\u0085\u2028\u2029]/;
/** A tab in a title or name is a paste from a table, and shows as a gap or not at all. */
const tab = /\t/;

/** Where the first unwanted character is, in words an editor can act on. */
function describeCharacter(value: string, pattern: RegExp): string {
  const index = value.search(pattern);
  const code = value.codePointAt(index)!.toString(16).toUpperCase().padStart(4, '0');
  const before = value.slice(Math.max(0, index - 20), index).replace(/\s+/g, ' ');
  return `U+${code}${before ? ` after "${before}"` : ' at the start'}`;
}

/**
 * One line of plain text, such as a title. Line breaks and invisible control
 * characters (often pasted from Word or a PDF) are refused: they would break
 * calendar files, page titles and search results.
 */
export const shortText = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .superRefine((value, ctx) => {
      if (lineBreak.test(value)) ctx.addIssue({ code: 'custom', message: 'has a line break in it, but it must be one line.', params: { fix: 'Join it into one line. In YAML, keep the text on the same line as its name, in quotes if it has a colon.' } });
      else if (controlCharacter.test(value) || tab.test(value)) {
        const pattern = controlCharacter.test(value) ? controlCharacter : tab;
        ctx.addIssue({ code: 'custom', message: `contains an invisible control character (${describeCharacter(value, pattern)}).`, params: { fix: 'Retype that part of the text: the character was probably pasted from another program.' } });
      }
    });

/** Text over one or more lines: line breaks are fine, other control characters are not. */
export const textBlock = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      if (controlCharacter.test(value)) ctx.addIssue({ code: 'custom', message: `contains an invisible control character (${describeCharacter(value, controlCharacter)}).`, params: { fix: 'Retype that part of the text: the character was probably pasted from another program.' } });
    });

/** Longer text in Markdown. */
export const markdownText = textBlock(20_000);


