import { z } from 'astro/zod';
import { email, matching, shortText, webUrl } from './fields.ts';

/** Is `zone` an IANA time zone this Node knows? */
function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const hexColour = matching(/^#[0-9a-fA-F]{6}$/, 'is not a colour written as # and six hex digits.', 'For example: "#1d70b8". Quote it, or YAML reads # as a comment.').meta({ examples: ['#1d70b8'] });

/** `content/site.yaml`: who publishes this handbook. Renaming the hub is a change to this file only. */
export const siteSchema = z.strictObject({
  /** The hub's full name, as it appears in titles and calendar names. */
  name: shortText(120).meta({ description: 'the hub’s full name', examples: ['Oakfield Teaching School Hub'] }),
  /** A short form for tight spaces (calendar names, the site title on phones). */
  shortName: shortText(40).meta({ description: 'a short form of the name', examples: ['Oakfield TSH'] }),
  /** The area the hub serves, in words. */
  region: shortText(120).meta({ description: 'the area the hub serves', examples: ['Oakfield and the Vale'] }),
  /** Public address of the published handbook; calendar links and UIDs are built from it. */
  url: webUrl.meta({ description: 'the public address of this handbook', examples: ['https://ect-handbook.example.org'] }),
  /** The programme team's address: questions, alternative dates, accessibility requests. */
  contactEmail: email.meta({ description: 'the programme team’s email address', examples: ['ect-programme@example.org'] }),
  /** Optional phone number for the programme team, written as people dial it. */
  contactPhone: shortText(30).optional().meta({ examples: ['01632 960 000'] }),
  /** How quickly the team answers, in words, for the accessibility statement and contacts. */
  responseTime: shortText(120).default('within 2 working days').meta({ examples: ['within 2 working days'] }),
  /** The lead provider whose programme and platform the hub delivers. */
  leadProvider: z.strictObject({
    name: shortText(120).meta({ examples: ['Ambition Institute'] }),
    url: webUrl.optional().meta({ examples: ['https://www.ambition.org.uk'] }),
    /** The online platform participants study on. */
    platform: shortText(80).meta({ examples: ['Steplab'] }),
    /** Where to get help with logging in or using the platform. */
    platformSupport: z.union([webUrl, email]).optional().meta({ examples: ['https://support.example.org'] }),
  }),
  /** Organisations the hub works with, for example its Maths Hub or a university. */
  partners: z
    .array(
      z.strictObject({
        name: shortText(120).meta({ examples: ['Oakfield and Vale Maths Hub'] }),
        /** What kind of partner: pages use it to name, for example, "our Maths Hub". */
        kind: z.enum(['maths-hub', 'university', 'school', 'local-authority', 'other']).default('other').meta({ examples: ['maths-hub'] }),
        role: shortText(200).meta({ examples: ['runs the SKTM programme for ECTs'] }),
        url: webUrl.optional(),
      }),
    )
    .default([]),
  /** The time zone every date and time in content/ is read in. */
  timeZone: z
    .string()
    .refine(isTimeZone, { error: 'is not a time zone name.', params: { fix: 'Use an IANA name such as "Europe/London".' } })
    .default('Europe/London'),
  /** Look and feel. */
  theme: z
    .strictObject({
      /** Main colour for links and highlights in the light theme; it must contrast with white at 4.5:1. */
      accent: hexColour.default('#1d70b8'),
      /** A logo file inside content/, shown beside the hub's name. SVG or PNG. */
      logo: matching(/^[\w./-]+\.(svg|png)$/, 'is not an SVG or PNG file name.', 'For example: logo.svg, saved in content/.').optional(),
    })
    .prefault({}),
});

export type SiteConfig = z.output<typeof siteSchema>;
