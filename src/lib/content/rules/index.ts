import type { ContentRule } from '../types.ts';
import { commitmentsRule } from './commitments.ts';
import { eventOverlapsRule } from './event-overlaps.ts';
import { eventReferencesRule } from './event-references.ts';
import { eventTimesRule } from './event-times.ts';
import { glossaryRule } from './glossary.ts';
import { handbookPagesRule } from './handbook-pages.ts';
import { joiningLinksRule } from './joining-links.ts';
import { linksOutRule } from './links-out.ts';
import { recruitmentRule } from './recruitment.ts';
import { yamlLinksRule } from './yaml-links.ts';

export const contentRules: ContentRule[] = [linksOutRule, eventTimesRule, eventReferencesRule, eventOverlapsRule, commitmentsRule, recruitmentRule, glossaryRule, joiningLinksRule, yamlLinksRule, handbookPagesRule];
