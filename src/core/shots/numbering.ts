// Numbers added between existing ones, the way productions do it: after 12 comes 12A, then 12B; before the
// first number, A1. Letters I and O are skipped (they read as 1 and 0 on a slate). Used for shots (2A) and
// for scenes inserted after their numbers were locked (12A).

const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

function nextLetters(s: string): string {
  // Base-24 increment over LETTERS: A -> B, Z -> AA, AZ -> BA.
  const chars = s.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    const k = LETTERS.indexOf(chars[i]);
    if (k < LETTERS.length - 1) {
      chars[i] = LETTERS[k + 1];
      return chars.join('');
    }
    chars[i] = LETTERS[0];
  }
  return LETTERS[0] + chars.join('');
}

const SUFFIX = /^(.*?\d)([A-Z]+)$/;

/**
 * A new number right after `prev` that is not in `used`: `12` -> `12A`; `12A` -> `12B`; if those are taken,
 * the next free one (`12C` ..., then `12AA` ...).
 */
export function numberAfter(prev: string, used: ReadonlySet<string>): string {
  const m = SUFFIX.exec(prev);
  let base = prev;
  let letters = 'A';
  if (m) {
    base = m[1];
    letters = nextLetters(m[2]);
  }
  for (let guard = 0; guard < 10_000; guard++) {
    const candidate = base + letters;
    if (!used.has(candidate)) return candidate;
    letters = nextLetters(letters);
  }
  throw new Error(`no free number after ${prev}`);
}

/** A new number right before `next` that is not in `used`: `1` -> `A1`, then `B1` ... */
export function numberBefore(next: string, used: ReadonlySet<string>): string {
  let letters = 'A';
  for (let guard = 0; guard < 10_000; guard++) {
    const candidate = letters + next;
    if (!used.has(candidate)) return candidate;
    letters = nextLetters(letters);
  }
  throw new Error(`no free number before ${next}`);
}

/** The integer a number starts with (`12A` -> 12, `3-2` -> 3), or null. */
export function leadingInteger(number: string): number | null {
  const m = /^\d+/.exec(number);
  return m ? Number(m[0]) : null;
}

/** `1`, `2`, ... `n`: plain numbers in order. */
export function plainNumbers(count: number): string[] {
  return Array.from({ length: count }, (_, i) => String(i + 1));
}

/** The number for a shot appended after `numbers`: one more than the largest leading integer. */
export function appendedNumber(numbers: readonly string[]): string {
  let max = 0;
  for (const n of numbers) max = Math.max(max, leadingInteger(n) ?? 0);
  return String(max + 1);
}

/** Made on first use: creating a collator loads ICU data, which every `shotline` command paid for at start. */
let naturalOrder: Intl.Collator | undefined;

/** Compares numbers as people read them: 2 < 2A < 2B < 10. */
export function compareNumbers(a: string, b: string): number {
  return (naturalOrder ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' })).compare(a, b);
}
