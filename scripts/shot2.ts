import { chromium } from 'playwright-core';
const [url, selector, out, width] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: Number(width ?? 320), height: 800 } });
await page.goto(url);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
