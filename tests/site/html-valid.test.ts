import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { distFiles, readDist } from '../helpers/dist.ts';

// "standard" checks conformance to the HTML standard (content models, attributes,
// duplicate ids…), not house style; Starlight's own markup passes it.
const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
const pages = distFiles('.html');

describe('every built page is valid HTML', () => {
  it.each(pages)('%s', async (path) => {
    const report = await validator.validateString(readDist(path), path);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.message} (${m.ruleId})`));
    expect(messages).toEqual([]);
  });
});
