// What the panels and the status bar derive from a parse (outline, page estimate, word count), computed once
// per Script object: the editor hands out a new Script with each edit, and readers ask after typing pauses.
import type { Script } from '../../core/model/script';
import { buildOutline } from '../../core/outline';
import type { OutlineEpisode } from '../../core/outline';
import { countWords, estimatePages } from '../../core/estimate';
import type { PageEstimate, WordCount } from '../../core/estimate';

function memo<T>(compute: (script: Script) => T): (script: Script) => T {
  const cache = new WeakMap<Script, T>();
  return (script) => {
    let value = cache.get(script);
    if (value === undefined) {
      value = compute(script);
      cache.set(script, value);
    }
    return value;
  };
}

export const outlineOf: (script: Script) => OutlineEpisode[] = memo(buildOutline);
export const pagesOf: (script: Script) => PageEstimate = memo((script) => estimatePages(script));
export const wordsOf: (script: Script) => WordCount = memo(countWords);

/** Estimated screen seconds of the whole script: the sum of its scenes. */
export const secondsOf: (script: Script) => number = memo((script) =>
  outlineOf(script).reduce((sum, episode) => sum + episode.seconds, 0),
);
