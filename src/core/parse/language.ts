// Which conventions a script is read with: the title page's `Language:` key, else the share of Han text.

/** Counts Han characters and Latin letters in a line, added into `acc` ([han, latin]). */
export function countScripts(text: string, acc: [number, number], sign = 1): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) acc[1] += sign;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) {
      acc[0] += sign;
    } else if (c >= 0xd840 && c <= 0xd87f) {
      // High surrogate of the supplementary ideograph planes (CJK extensions B and later).
      acc[0] += sign;
      i++;
    }
  }
}

/** A script is read as Chinese when its Han characters outnumber its Latin letters. */
export function detectedLanguage(han: number, latin: number): 'en' | 'zh' {
  return han > latin ? 'zh' : 'en';
}
