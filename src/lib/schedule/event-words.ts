import type { Mode } from '../../schemas/cohort.ts';
import type { Role } from '../../schemas/programme.ts';

/** How the handbook names things on the page, in one place. */
export const modeLabels: Record<Mode, string> = { online: 'Online', 'in-person': 'In person', hybrid: 'In person or online' };

export const roleLabels: Record<Role, string> = { ect: 'Early career teachers', mentor: 'Mentors' };
export const roleShort: Record<Role, string> = { ect: 'ECTs', mentor: 'Mentors' };

/** "ECTs and mentors" */
export function audienceShort(audience: readonly Role[]): string {
  return audience.map((role, i) => (i > 0 && role === 'mentor' ? 'mentors' : roleShort[role])).join(' and ');
}

/** "Early career teachers and mentors" */
export function audienceWords(audience: readonly Role[]): string {
  const words = audience.map((role, i) => (i === 0 ? roleLabels[role] : roleLabels[role].toLowerCase()));
  return words.join(' and ');
}

/** ITTECF sections, matching the Teachers' Standards 1 to 8. */
export const frameworkAreaNames: Record<number, string> = {
  1: 'High expectations',
  2: 'How pupils learn',
  3: 'Subject and curriculum',
  4: 'Classroom practice',
  5: 'Adaptive teaching',
  6: 'Assessment',
  7: 'Managing behaviour',
  8: 'Professional behaviours',
};


export const schoolPhaseLabels = { primary: 'Primary', secondary: 'Secondary', 'all-through': 'All-through' } as const;
