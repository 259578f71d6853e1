import { existsSync } from 'node:fs';
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
 * Reads and checks `site.yaml`, the hub's identity. The accent colour and logo
 * are checked even when another field is wrong, so every problem shows at once.
 */
export function loadSite(dir: string): { site?: SiteConfig; source?: YamlSource; problems: ContentProblem[] } {
  const { data, source, problems } = readYamlFile(join(dir, 'site.yaml'), siteSchema);
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
  const logo = data ? data.theme.logo : rawText(source.value, ['theme', 'logo']);
  if (logo && /^[\w./-]+\.(svg|png)$/.test(logo) && !existsSync(join(dir, logo))) {
    problems.push({
      file: source.file,
      ...locateValue(source, ['theme', 'logo']),
      field: 'theme.logo',
      message: `names ${logo}, which is not in the content folder.`,
      fix: `Save the logo as ${displayPath(join(dir, logo))}, or remove the line to show the name only.`,
      severity: 'error',
    });
  }
  return data ? { site: data, source, problems } : { source, problems };
}
