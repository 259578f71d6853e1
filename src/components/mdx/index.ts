// Components and values a handbook page can use. In an MDX page:
//   import { site, ContactEmail, Commitment } from '@handbook/components';
export { site } from '../../data/handbook.ts';
export { default as ContactEmail } from './ContactEmail.astro';
export { default as Commitment } from './Commitment.astro';
export { default as RecruitmentWindows } from './RecruitmentWindows.astro';
export { default as Glossary } from './Glossary.astro';
export { default as Pathway } from './Pathway.astro';
export { default as PathwayStage } from './PathwayStage.astro';
export { default as PartnerName } from './PartnerName.astro';
export { default as PlatformSupport } from './PlatformSupport.astro';
