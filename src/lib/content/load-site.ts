import { join } from 'node:path';
import { siteSchema, type SiteConfig } from '../../schemas/site.ts';
import { contrastRatio, darkenForContrast } from '../theme-colours.ts';
import type { ContentProblem } from './problem.ts';
import { readYamlFile } from './read-file.ts';
import { locateValue, type YamlSource } from './read-yaml.ts';
import { existsSync } from 'node:fs';

/** Reads and checks `site.yaml`, the hub's identity. */
export function loadSite(dir: string): { site?: SiteConfig; source?: YamlSource; problems: ContentProblem[] } {
  const { data, source, problems } = readYamlFile(join(dir, 'site.yaml'), siteSchema);
  if (!data || !source) return { source, problems };
  const ratio = contrastRatio(data.theme.accent, '#ffffff');
  if (ratio < 4.5) {
    problems.push({
      file: source.file,
      ...locateValue(source, ['theme', 'accent']),
      field: 'theme.accent',
      message: `${data.theme.accent} has a contrast of ${ratio.toFixed(1)}:1 against white, and links need 4.5:1. The site uses the darker ${darkenForContrast(data.theme.accent)} instead.`,
      fix: `Set accent to "${darkenForContrast(data.theme.accent)}" or another colour dark enough to read on white.`,
      severity: 'warning',
    });
  }
  if (data.theme.logo && !existsSync(join(dir, data.theme.logo))) {
    problems.push({
      file: source.file,
      ...locateValue(source, ['theme', 'logo']),
      field: 'theme.logo',
      message: `names ${data.theme.logo}, which is not in the content folder.`,
      fix: `Save the logo as ${join(dir, data.theme.logo)}, or remove the line to show the name only.`,
      severity: 'error',
    });
  }
  return { site: data, source, problems };
}
