// A file that holds several episodes (`第1集` … `第2集` …, `# Episode 1` …) read as one script per episode, for
// printing an episode on its own or a series with one entry per episode.
import type { Script } from '../model/script';

export interface EpisodePart {
  /** The episode's number from its marker, or null. */
  number: number | null;
  /** The marker's text (`第3集：逆袭`, `Episode 3: Title`), or null for text before the first marker. */
  title: string | null;
  script: Script;
}

/**
 * Splits a script at its episode markers. A script with no marker, or one marker, is one part. Text before
 * the first marker (other than blank or title page) becomes a part of its own. Each part keeps the title page.
 */
export function splitEpisodes(script: Script): EpisodePart[] {
  const starts: number[] = [];
  script.elements.forEach((e, i) => {
    if (e.type === 'episode') starts.push(i);
  });
  if (starts.length <= 1) {
    const marker = starts.length === 1 ? script.elements[starts[0]] : null;
    return [{ number: marker?.type === 'episode' ? marker.number : null, title: marker?.text ?? null, script }];
  }
  const parts: EpisodePart[] = [];
  const printable = (from: number, to: number) => script.elements.slice(from, to).some((e) => !['note', 'boneyard', 'section', 'synopsis'].includes(e.type));
  if (starts[0] > 0 && printable(0, starts[0])) parts.push({ number: null, title: null, script: { ...script, elements: script.elements.slice(0, starts[0]) } });
  starts.forEach((start, k) => {
    const marker = script.elements[start];
    const end = k + 1 < starts.length ? starts[k + 1] : script.elements.length;
    parts.push({ number: marker.type === 'episode' ? marker.number : null, title: marker.text, script: { ...script, elements: script.elements.slice(start, end) } });
  });
  return parts;
}
