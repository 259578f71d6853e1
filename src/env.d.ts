/// <reference types="astro/client" />

// Everything the site publishes, checked and worked out by the handbook integration.
declare module 'virtual:handbook/data' {
  const model: import('./lib/handbook/model.ts').HandbookModel;
  export default model;
}

// Starlight's virtual module with the processed logo (configured by the handbook integration from site.yaml).
declare module 'virtual:starlight/user-images' {
  export const logos: { dark?: import('astro').ImageMetadata; light?: import('astro').ImageMetadata };
}
