// How wide text prints in a monospaced font: East Asian wide and full-width characters take two columns.

/** True for a UTF-16 code unit that prints two columns wide (Han, kana, Hangul, CJK and full-width punctuation). */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    // A high surrogate: the supplementary ideographs (CJK extension B and after) are wide; the low half adds nothing.
    (c >= 0xd840 && c <= 0xd87f)
  );
}

/** The columns `text` takes on a monospaced page. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    width += isWide(c) ? 2 : 1;
  }
  return width;
}

/** True when the code unit is a Han character (CJK unified ideographs and their extensions). */
export function isHan(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd87f);
}
