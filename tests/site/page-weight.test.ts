import { describe, expect, it } from 'vitest';
import { pageWeight } from '../helpers/page-weight.ts';

// Gzip bytes a first visit downloads (HTML + CSS + JS), measured on the sample site
// on 23 November 2026. Budgets are the measurements: if a change makes a page
// heavier, make it lighter, or raise the budget here on purpose and say why in
// the commit. The ceiling for an event page is 55 KB in all.
const budgets = {
  'a handbook page': { page: 'ects/entitlement/index.html', html: 11_350, css: 12_600, js: 4_100, total: 28_000 },
  'an event page': { page: 'events/ecte-2026-primary-a/y1-clinic-3/index.html', html: 8_300, css: 12_600, js: 2_750, total: 23_600 },
};

describe.each(Object.entries(budgets))('%s', (_name, budget) => {
  const weight = pageWeight(budget.page);
  it('stays within its HTML, CSS and JavaScript budgets', () => {
    expect(weight.html).toBeLessThanOrEqual(budget.html);
    expect(weight.css).toBeLessThanOrEqual(budget.css);
    expect(weight.js).toBeLessThanOrEqual(budget.js);
    expect(weight.total).toBeLessThanOrEqual(budget.total);
  });
  it('is under 55 KB in all', () => {
    expect(weight.total).toBeLessThan(55 * 1024);
  });
});
