// Electron's built-in spellchecker for English. macOS and Windows use the system's own checker (their
// language follows the system); elsewhere Chromium's Hunspell checks en-US. There is no Chinese
// dictionary: Chinese text is left unmarked. Suggestions reach the writer through the context menu.
//
// Note: on Linux, Chromium fetches the en-US Hunspell dictionary once from its dictionary server and
// keeps it in the app's data folder; without a network it checks nothing (and nothing else breaks).

/** The part of Electron's Session used here. */
export interface SpellcheckSessionLike {
  setSpellCheckerEnabled(enabled: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
  availableSpellCheckerLanguages: string[];
}

export const SPELLCHECK_LANGUAGES = ['en-US'];

export function enableSpellcheck(session: SpellcheckSessionLike, platform: NodeJS.Platform, log: (message: string) => void = () => {}): void {
  session.setSpellCheckerEnabled(true);
  // On macOS the system checker picks languages itself and the call does nothing.
  if (platform === 'darwin') return;
  const available = session.availableSpellCheckerLanguages ?? [];
  const languages = SPELLCHECK_LANGUAGES.filter((l) => available.length === 0 || available.includes(l));
  try {
    session.setSpellCheckerLanguages(languages);
  } catch (error) {
    log(`Shotline could not turn on spellchecking for ${languages.join(', ')}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
