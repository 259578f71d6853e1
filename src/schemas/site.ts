import { z } from 'astro/zod';
import { email, matching, shortText, webUrl } from './fields.ts';

/**
 * The address the site is published at: `https://` and a host, nothing after it.
 * Calendar links and the publication lock are made from it; the build serves
 * the site from the root of the host, so a path would break every link.
 */
const siteUrl = z.string().superRefine((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  const fail = (message: string, fix: string) => ctx.addIssue({ code: 'custom', message, params: { fix } });
  if (!url || !/^https?:$/.test(url.protocol)) return fail(`"${value}" is not a web address.`, 'Write the address people type, for example https://ect-handbook.example.org');
  if (url.protocol !== 'https:') return fail('starts with http://, so calendar apps and browsers would warn people or refuse to subscribe.', `Publish the site over HTTPS and write https://${url.host}`);
  if (url.username || url.password) return fail('contains a user name or password, which would be published on every page.', `Write https://${url.host}`);
  if (url.pathname !== '/' || url.search || url.hash) {
    return fail('has a path, query or fragment after the host: the site is built to be served from the root of its address.', `Serve it from its own host (for example a subdomain such as handbook.example.org) and write https://${url.host}`);
  }
}).meta({ pattern: '^https://[^/?#]+/?$' });

const hexColour = matching(/^#[0-9a-fA-F]{6}$/, 'is not a colour written as # and six hex digits.', 'For example: "#1d70b8". Quote it, or YAML reads # as a comment.').meta({ examples: ['#1d70b8'] });

/** `content/site.yaml`: who publishes this handbook. Renaming the hub is a change to this file only. */
export const siteSchema = z.strictObject({
  /** The hub's full name, as it appears in titles and calendar names. */
  name: shortText(120).meta({ description: 'the hub’s full name', examples: ['Anytown Teaching School Hub'] }),
  /** A short form for tight spaces (calendar names, the site title on phones). */
  shortName: shortText(40).meta({ description: 'a short form of the name', examples: ['Anytown TSH'] }),
  /** The area the hub serves, in words. */
  region: shortText(120).meta({ description: 'the area the hub serves', examples: ['Anytown and district'] }),
  /** Public address of the published handbook; calendar links and UIDs are built from it. */
  url: siteUrl.meta({ description: 'the public address of this handbook: https:// and the host, nothing after it', examples: ['https://ect-handbook.example.org'] }),
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
        name: shortText(120).meta({ examples: ['Anytown Maths Hub'] }),
        /** What kind of partner: pages use it to name, for example, "our Maths Hub". */
        kind: z.enum(['maths-hub', 'university', 'school', 'local-authority', 'other']).default('other').meta({ examples: ['maths-hub'] }),
        role: shortText(200).meta({ examples: ['runs the SKTM programme for ECTs'] }),
        url: webUrl.optional(),
      }),
    )
    .default([]),
  /** `true` for made-up sample content: every page then says the hub is fictional. */
  sample: z.boolean().default(false),
  /** How many months a page's review stays current: `npm run check` warns about pages reviewed longer ago. */
  reviewEveryMonths: z.int().min(1).max(60).default(12).meta({ examples: [12] }),
  /**
   * Accepted for older files: the handbook is for hubs in England, and every date
   * and time in content/ is UK time (Europe/London), as pages and calendars say.
   */
  timeZone: z
    .literal('Europe/London', { error: 'can only be Europe/London: every time in the handbook is UK time.' })
    .default('Europe/London')
    .meta({ description: 'always Europe/London (UK time)' }),
  /** Look and feel. */
  theme: z
    .strictObject({
      /** Main colour for links and highlights in the light theme; it must contrast with white at 4.5:1. */
      accent: hexColour.default('#1d70b8'),
      /** A logo file inside content/, shown beside the hub's name. SVG or PNG. */
      logo: matching(
        /^(?!\/)(?!.*(^|\/)\.\.?(\/|$))[\w./-]+\.(svg|png)$/,
        'is not the name of an SVG or PNG file inside the content folder.',
        'Save the logo in the content folder and write its name, for example logo.svg or images/logo.png.',
      ).optional(),
    })
    .prefault({}),
});

export type SiteConfig = z.output<typeof siteSchema>;
