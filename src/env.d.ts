/// <reference types="astro/client" />
declare module 'virtual:handbook/site' {
  const site: import('./schemas/site.ts').SiteConfig;
  export const contentDir: string;
  export default site;
}

// For plain `tsc` (which checks .ts files only): .astro imports are components.
declare module '*.astro' {
  const Component: (props: Record<string, unknown>) => unknown;
  export default Component;
}

// Starlight's virtual module with the processed logo (configured in astro.config.mjs from site.yaml).
declare module 'virtual:starlight/user-images' {
  export const logos: { dark?: import('astro').ImageMetadata; light?: import('astro').ImageMetadata };
}
