import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { contrastRatio, darkenForContrast } from '../theme-colours.ts';
import { displayPath } from './content-dir.ts';
import type { ContentProblem } from './problem.ts';
import { readYamlFile } from './read-file.ts';
import { locateValue, type YamlSource } from './read-yaml.ts';

/** The text at `path` in the data as written, whether or not the file passed its schema. */
function rawText(value: unknown, path: string[]): string | undefined {
  let current = value;
  for (const key of path) current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return typeof current === 'string' ? current : undefined;
}

/**
 * The logo is published as it is, so it must be a real file inside the content
 * folder (not a link out of it), and an SVG must be a picture, not a program:
 * opened on its own, an SVG's scripts would run with the site's authority.
 */
function checkLogo(dir: string, logo: string): { message: string; fix: string } | undefined {
  const path = join(dir, logo);
  if (!existsSync(path) || !statSync(path).isFile()) {
    return { message: `names ${logo}, which is not in the content folder.`, fix: `Save the logo as ${displayPath(path)}, or remove the line to show the name only.` };
  }
  if (!realpathSync(path).startsWith(`${realpathSync(dir)}/`)) {
    return { message: `names ${logo}, which is a link to a file outside the content folder.`, fix: 'Copy the logo file into the content folder instead of linking to it.' };
  }
  if (logo.endsWith('.svg') && /<script|<foreignObject|\son\w+\s*=|javascript:|<iframe|<embed|<object/i.test(readFileSync(path, 'utf8'))) {
    return { message: `${logo} contains a script, an event handler or embedded content, which a logo must not have.`, fix: 'Export the logo again as a plain SVG (or as a PNG).' };
  }
  return undefined;
}

/**
 * Reads and checks `site.yaml`, the hub's identity. The accent colour and logo
 * are checked even when another field is wrong, so every problem shows at once.
 */
export function loadSite(dir: string): { site?: SiteConfig; source?: YamlSource; problems: ContentProblem[] } {
  const { data, source, problems } = readYamlFile(join(dir, 'site.yaml'), siteSchema, dir);
  if (!source) return { problems };
  const accent = data?.theme.accent ?? rawText(source.value, ['theme', 'accent']);
  const ratio = accent && /^#[0-9a-fA-F]{6}$/.test(accent) ? contrastRatio(accent, '#ffffff') : undefined;
  if (accent && ratio !== undefined && ratio < 4.5) {
    problems.push({
      file: source.file,
      ...locateValue(source, ['theme', 'accent']),
      field: 'theme.accent',
      message: `${accent} has a contrast of ${ratio.toFixed(1)}:1 against white, and links need 4.5:1. The site uses the darker ${darkenForContrast(accent)} instead.`,
      fix: `Set accent to "${darkenForContrast(accent)}" or another colour dark enough to read on white.`,
      severity: 'warning',
    });
  }
  const logo = data?.theme.logo;
  const logoProblem = logo ? checkLogo(dir, logo) : undefined;
  if (logoProblem) problems.push({ file: source.file, ...locateValue(source, ['theme', 'logo']), field: 'theme.logo', ...logoProblem, severity: 'error' });
  return data ? { site: data, source, problems } : { source, problems };
}
