// Throwaway: screenshots of pages of a served site, in viewport-sized slices. Not committed.
import { chromium } from 'playwright-core';
const args = process.argv.slice(2);
const widths = (process.env.WIDTHS ?? '320,1280').split(',').map(Number);
const slices = Number(process.env.SLICES ?? 3);
const [base, ...paths] = args;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 500 ? 700 : 900 }, colorScheme: (process.env.SCHEME as 'light' | 'dark') ?? 'light' });
  for (const path of paths) {
    await page.goto(base + path);
    if (process.env.PRINT) await page.emulateMedia({ media: 'print' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    const vh = width < 500 ? 700 : 900;
    for (let i = 0; i < slices && i * vh < height; i++) {
      const name = `/tmp/shots/${path.replace(/\W+/g, '_')}-${width}-${i}.png`;
      await page.screenshot({ path: name, clip: { x: 0, y: i * vh, width, height: Math.min(vh, height - i * vh) }, fullPage: true });
      console.log(name, 'overflow', overflow, 'height', height);
    }
  }
}
await browser.close();
