// The episodes of an open series folder, read in the background and parsed, for what looks across the
// series: completion, the navigator's other episodes, find and replace in the series.
import type { Script } from '../../core/model/script';
import { parse } from '../../core/parse';
import type { FolderEpisode, SeriesFolder, ShotlineApi } from '../../shared/api';

export interface EpisodeText {
  text: string;
  script: Script;
}

export class SeriesLibrary {
  private folder: SeriesFolder | null = null;
  private texts = new Map<string, EpisodeText>();
  private errors = new Map<string, string>();
  private generation = 0;

  constructor(private readonly api: ShotlineApi) {}

  open(folder: SeriesFolder): void {
    this.folder = folder;
    this.texts.clear();
    this.errors.clear();
    this.generation++;
  }

  close(): void {
    this.folder = null;
    this.texts.clear();
    this.errors.clear();
    this.generation++;
  }

  episodes(): readonly FolderEpisode[] {
    return this.folder?.episodes ?? [];
  }

  has(path: string): boolean {
    return this.episodes().some((e) => e.path === path);
  }

  episode(path: string): FolderEpisode | null {
    return this.episodes().find((e) => e.path === path) ?? null;
  }

  /** The episode's text and parse as last read or saved, or null before it is read. */
  get(path: string): EpisodeText | null {
    return this.texts.get(path) ?? null;
  }

  error(path: string): string | null {
    return this.errors.get(path) ?? null;
  }

  /** Reads one episode (again); the folder is on the recent list, so the episode is not put there. */
  async load(path: string): Promise<EpisodeText> {
    const file = await this.api.openPath(path, { recent: false });
    const text = (file.bom ? '\uFEFF' : '') + file.text;
    const entry = { text, script: parse(text) };
    this.texts.set(path, entry);
    this.errors.delete(path);
    return entry;
  }

  /** Reads every episode not read yet, one at a time; `progress` after each. */
  async loadAll(progress: () => void): Promise<void> {
    const generation = this.generation;
    for (const episode of this.episodes()) {
      if (generation !== this.generation) return;
      if (this.texts.has(episode.path)) continue;
      try {
        await this.load(episode.path);
      } catch (error) {
        this.errors.set(episode.path, error instanceof Error ? error.message : String(error));
      }
      if (generation === this.generation) progress();
    }
  }

  /** The writer saved an episode: its text as saved. */
  saved(path: string, text: string, script: Script): void {
    if (this.has(path)) this.texts.set(path, { text, script });
  }

  /** The parses of every read episode but `except`. */
  scripts(except: string | null): Script[] {
    const out: Script[] = [];
    for (const [path, entry] of this.texts) if (path !== except) out.push(entry.script);
    return out;
  }
}
