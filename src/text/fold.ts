/*
 * Names as people type them: `--owner "ayse yilmaz"` must find "Ayşe Yılmaz", and
 * `--segment ENTERPRISE` the plans of "enterprise". One folding for every command that
 * compares a name the user typed with one in a plan.
 */

/** A name without case, accents or extra spaces: "  Ayşe  YILMAZ " and "ayse yilmaz" fold alike. */
export function foldName(name: string): string {
  return (
    name
      .normalize('NFKD')
      // Accents and other combining marks (ş → s, ö → o, İ → I).
      .replace(/\p{M}+/gu, '')
      // Letters with no decomposition that people type without the mark.
      .replace(/[ıİ]/g, 'i')
      .replace(/ß/g, 'ss')
      .replace(/[øØ]/g, 'o')
      .replace(/[łŁ]/g, 'l')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Whether two names are the same name, ignoring case and accents. */
export function sameName(a: string | undefined | null, b: string | undefined | null): boolean {
  if (a === undefined || a === null || b === undefined || b === null) return false;
  const folded = foldName(a);
  return folded !== '' && folded === foldName(b);
}
