import { expect, test } from '@playwright/test';

test('the home page opens with the hub name in its title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/Oakfield Teaching School Hub/);
});
