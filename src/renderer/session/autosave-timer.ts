// When to send unsaved work to the recovery copy: a few seconds after the writer stops typing, and while
// they keep typing without such a pause, at least every few seconds anyway (a pure debounce would never
// fire for a writer who never pauses). One timer at a time, not one per keystroke.

/** How long after the last edit the copy is written. */
export const AUTOSAVE_MS = 3000;
/** The longest an edit waits for its copy while typing goes on. */
export const AUTOSAVE_MAX_MS = 5000;

export class AutosaveTimer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private firstEdit = 0;
  private lastEdit = 0;

  constructor(private readonly fire: () => void) {}

  /** An edit happened (cheap: called on every keystroke). */
  edited(): void {
    const now = Date.now();
    this.lastEdit = now;
    if (this.timer) return;
    this.firstEdit = now;
    this.timer = setTimeout(this.due, AUTOSAVE_MS);
  }

  pending(): boolean {
    return this.timer !== null;
  }

  /** Fires now if an edit is waiting for its copy. */
  flush(): void {
    if (!this.timer) return;
    this.cancel();
    this.fire();
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private readonly due = (): void => {
    const now = Date.now();
    const at = Math.min(this.lastEdit + AUTOSAVE_MS, this.firstEdit + AUTOSAVE_MAX_MS);
    if (now < at) {
      this.timer = setTimeout(this.due, at - now);
      return;
    }
    this.timer = null;
    this.fire();
  };
}
