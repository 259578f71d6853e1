/** The anchor a glossary term has on the glossary page: `ECT` → `ect`, `Q&A` → `q-a`. */
export function glossaryAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The letter a term is filed under on the glossary page, A to Z, or `#` for anything else. */
export function glossaryLetter(term: string): string {
  const first = term.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** The anchor of a letter's heading on the glossary page: `#letter-e`. */
export function letterAnchor(letter: string): string {
  return letter === '#' ? 'letter-other' : `letter-${letter.toLowerCase()}`;
}
