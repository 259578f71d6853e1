declare module 'virtual:handbook/site' {
  const site: import('./schemas/site.ts').SiteConfig;
  export const contentDir: string;
  export default site;
}
