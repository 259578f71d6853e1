/** The anchor a glossary term has on the glossary page: `ECT` → `ect`, `Q&A` → `q-a`. */
export function glossaryAnchor(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
