import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { StarlightUserConfig } from '@astrojs/starlight/types';

type Sidebar = NonNullable<StarlightUserConfig['sidebar']>;

/** Sidebar groups in reading order: folder under content/handbook → label. */
export const handbookSections: readonly { folder: string; label: string }[] = [
  { folder: 'ects', label: 'Early career teachers' },
  { folder: 'mentors', label: 'Mentors' },
  { folder: 'schools', label: 'Schools' },
  { folder: 'career', label: 'Your next steps' },
  { folder: 'help', label: 'Help' },
  { folder: 'about', label: 'About this handbook' },
];

function labelFromFolder(folder: string): string {
  const words = folder.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Builds Starlight's sidebar from the folders in content/handbook: the known
 * sections first in their set order, then any folder a hub adds, A to Z.
 * `handbookDir` is relative to the project root, as Starlight's autogenerate expects.
 */
export function sidebarFor(handbookDir: string): Sidebar {
  const folders = readdirSync(resolve(handbookDir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name);
  const known = handbookSections.filter((section) => folders.includes(section.folder));
  const added = folders
    .filter((folder) => !handbookSections.some((section) => section.folder === folder))
    .sort()
    .map((folder) => ({ folder, label: labelFromFolder(folder) }));
  // Event pages are generated from the schedules, so they get a link of their own.
  const items: Sidebar = [
    { label: 'Home', link: '/' },
    { label: 'Events and calendars', link: '/events/' },
  ];
  for (const section of [...known, ...added]) {
    items.push({ label: section.label, items: [{ autogenerate: { directory: `${handbookDir}/${section.folder}` } }] });
  }
  return items;
}
