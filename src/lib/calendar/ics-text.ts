/**
 * Text for an iCalendar TEXT value (RFC 5545 3.3.11): every kind of line break
 * becomes a plain newline (which ical-generator writes as `\n`), a tab becomes a
 * space, and other control characters, which the RFC does not allow in TEXT,
 * are dropped. Content checks already refuse them in single-line fields; this is
 * the last line of defence for every value a feed carries.
 */
export function icsText(text: string): string {
  return text
    .replace(/\r\n|[\r\u0085\u2028\u2029]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}
