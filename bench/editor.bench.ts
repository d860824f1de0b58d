// The editor in Chromium on a whole series in one file (a generated 90-episode script of about 15,000 lines):
// the time to open it, and the latency of each keystroke typed in its middle, from the key to the painted
// frame (goal: p95 under 16 ms, one frame at 60 Hz) and the main-thread work it costs. English keystrokes go
// in as key presses; Chinese text as an input method commits it (text input without a key press).
// Needs the built renderer (`npx electron-vite build`) and a Chromium (see tests/e2e/support/chromium.ts).
import { generateSeries } from './fixtures/series';
import { caretToMiddle, closeAll, openEditorPage, openScript, sampleAt, sampleCount, unavailable } from './editor-page';
import type { EditorPage, Sample } from './editor-page';
import { measured } from './lib/types';
import type { BenchCase, BenchSuite, Step } from './lib/types';

type Language = 'en' | 'zh';

const PHRASE: Record<Language, string> = { en: 'and then she said it was over ', zh: '我不会再让你伤害任何人了' };
const texts: Partial<Record<Language, string>> = {};
const series = (language: Language) => (texts[language] ??= generateSeries({ episodes: 90, language }));

const detail = (language: Language) => {
  const text = series(language);
  return `generated ${language.toUpperCase()} 90 episodes, ${(text.split('\n').length - 1).toLocaleString('en-US')} lines`;
};

let current: EditorPage | null = null;
async function freshPage(root: string): Promise<EditorPage> {
  await current?.close();
  current = await openEditorPage(root);
  return current;
}

function openCase(root: string, language: Language): BenchCase {
  return {
    name: `open ${language}-90ep`,
    detail: detail(language),
    warmup: 1,
    iterations: 5,
    goal: { maxMedianMs: 1000 },
    setup: async (): Promise<Step> => {
      const { page } = await freshPage(root);
      let n = 0;
      return {
        run: async () => measured(await openScript(page, `series-${language}-${n++}.fountain`, series(language))),
      };
    },
  };
}

function typingCase(root: string, language: Language, metric: keyof Sample): BenchCase {
  return {
    name: `type ${language}-90ep ${metric === 'toPaint' ? 'to paint' : 'work'}`,
    detail: `${detail(language)}, typing mid-script`,
    warmup: 20,
    iterations: 200,
    // Issue 3: p95 under 16 ms key to paint (one frame at 60 Hz), aiming for 8 ms; the editor's own work per key
    // is held to the aim.
    goal: metric === 'toPaint' ? { maxP95Ms: 16 } : { maxP95Ms: 8 },
    setup: async (): Promise<Step> => {
      const { page } = await freshPage(root);
      await openScript(page, `typing-${language}.fountain`, series(language));
      await caretToMiddle(page);
      const phrase = PHRASE[language];
      let next = await sampleCount(page);
      let i = 0;
      return {
        run: async () => {
          // Keys come at any moment of the display's 16.7 ms frame, as a person's do (a spread of 0-33 ms after the
          // last paint; the page measures from the key itself, so this wait is not counted).
          await page.waitForTimeout((i * 7) % 34);
          const ch = phrase[i++ % phrase.length];
          if (language === 'zh') await page.keyboard.insertText(ch);
          else await page.keyboard.type(ch);
          const sample = await sampleAt(page, next++);
          // Typing pauses now and then, as people do: the status bar and the navigator catch up then.
          if (i % 40 === 0) await page.waitForTimeout(400);
          return measured(sample[metric]);
        },
      };
    },
  };
}

const suite: BenchSuite = {
  name: 'editor',
  cases: ({ root, skip }) => {
    const why = unavailable(root);
    if (why) {
      skip(`editor: ${why}`);
      return [];
    }
    return (['en', 'zh'] as const).flatMap((language) => [
      openCase(root, language),
      typingCase(root, language, 'toPaint'),
      typingCase(root, language, 'work'),
    ]);
  },
  teardown: async () => {
    await current?.close();
    current = null;
    await closeAll();
  },
};

export default suite;
