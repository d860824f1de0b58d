// Shared by the breakdown panel's parts.

/** Where a row of the panel jumps to: a 1-based line of a file of the series (the open script's name for it). */
export interface JumpTarget {
  file: string;
  line: number;
}
