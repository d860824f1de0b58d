// The open document and series of this window, outside React: loading, saving, switching episodes of a
// series (unsaved episodes are kept in memory), recovery offers, external changes and the close request.
// React reads it through useWorkspace(); the editor's live state is in `store` (editor-store.ts).
import { TextSelection } from 'prosemirror-state';
import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { FileChange, OpenedFile, RecoveryInfo, SampleLanguage, SeriesFolder, ShotlineApi } from '../../shared/api';
import { i18next } from '../i18n';
import { createEditorState, scriptToSave, textOf } from '../editor/state';
import { sourceText } from '../../core/parse';
import type { EditorExtras } from '../editor/state';
import { lineCount, lineStart } from '../editor/lines';
import { lineElement } from '../editor/line-view';
import { EditorStore } from './editor-store';
import { SeriesLibrary } from './series';
import { AutosaveTimer } from './autosave-timer';
import { KeptEpisodes } from './kept-episodes';

export type DocKind = 'file' | 'sample' | 'untitled';

export interface OpenDocument {
  /** Changes whenever another document is loaded into the editor. */
  key: string;
  path: string | null;
  name: string;
  kind: DocKind;
  /** The state the editor starts from. */
  state: EditorState;
}

export interface WorkspaceSnapshot {
  doc: OpenDocument | null;
  series: SeriesFolder | null;
  error: string | null;
  /** Unsaved work of an earlier run, offered for restoring. */
  recovery: RecoveryInfo | null;
  /** The open file changed on disk (or was deleted) by another program. */
  external: FileChange | null;
}

let keys = 0;

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class Workspace {
  readonly store = new EditorStore();
  readonly library: SeriesLibrary;
  view: EditorView | null = null;
  private snapshot: WorkspaceSnapshot = { doc: null, series: null, error: null, recovery: null, external: null };
  private listeners = new Set<() => void>();
  /** Unsaved states of series episodes the writer switched away from. */
  private kept = new KeptEpisodes();
  private readonly autosaveTimer = new AutosaveTimer(() => void this.autosave());
  private plugins: () => EditorExtras = () => ({});
  private cleanups: (() => void)[] = [];

  constructor(readonly api: ShotlineApi) {
    this.library = new SeriesLibrary(api);
    this.cleanups.push(
      this.store.onDirtyChange(() => this.reportDocumentState()),
      this.store.onEdit(() => this.autosaveTimer.edited()),
      this.store.subscribe(() => {
        if (!this.hasUnsavedWork()) this.autosaveTimer.cancel();
      }),
      api.onFileChanged((change) => this.fileChanged(change)),
      api.onCloseRequested(() => void this.saveThenClose()),
    );
  }

  /** The editor plugins every new state gets (typing flow, completion, find). */
  setPlugins(plugins: () => EditorExtras): void {
    this.plugins = plugins;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): WorkspaceSnapshot => this.snapshot;

  private set(change: Partial<WorkspaceSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...change };
    for (const listener of this.listeners) listener();
  }

  private async run(action: () => Promise<void>): Promise<boolean> {
    try {
      this.set({ error: null });
      await action();
      return true;
    } catch (error) {
      if (!(error instanceof Cancelled)) this.set({ error: message(error) });
      return false;
    }
  }

  /** The live state of `doc` when it is the open document (the editor may be mounted again), else its start. */
  liveState(doc: OpenDocument): EditorState {
    return this.snapshot.doc?.key === doc.key ? (this.store.current() ?? doc.state) : doc.state;
  }

  dismissError(): void {
    this.set({ error: null });
  }

  /** The first document: the sample in the UI's language; then any unsaved work of an earlier run is offered. */
  async start(uiLanguage: string): Promise<void> {
    await this.loadSample(uiLanguage.startsWith('zh') ? 'zh' : 'en');
    await this.checkRecoveries();
  }

  // ---- loading ----

  private load(text: string, doc: Omit<OpenDocument, 'key' | 'state'>, dirty = false, state?: EditorState): void {
    this.autosaveTimer.flush();
    const next: OpenDocument = { ...doc, key: `doc-${++keys}`, state: state ?? createEditorState(text, this.plugins()) };
    this.store.load(next.state, dirty);
    this.set({ doc: next, external: null });
    this.reportDocumentState();
  }

  /**
   * Before another document replaces this one: keeps an unsaved series episode in memory, or asks (unless
   * the writer was `asked` already).
   */
  private leave(asked = false): boolean {
    const doc = this.snapshot.doc;
    const state = this.store.current();
    if (!doc || !state || !this.store.isDirty()) return true;
    if (doc.path && this.snapshot.series && this.library.has(doc.path)) {
      this.kept.keep(doc.path, state, this.store.savedDoc());
      return true;
    }
    return asked || window.confirm(i18next.t('common:confirm.discard', { name: doc.name }));
  }

  /**
   * Loads a file of the open series (or any openable file): a kept episode comes back as it was. A file
   * read from disk goes on the recent list unless `recent` is false.
   */
  private async loadPath(path: string, recent = true): Promise<void> {
    const kept = this.kept.take(path);
    if (kept) {
      const name = this.library.episode(path)?.name ?? path;
      this.load('', { path, name, kind: 'file' }, kept.saved === null, kept.state);
      if (kept.saved) this.store.markSaved(kept.saved);
    } else {
      this.loadOpened(await this.api.openPath(path, recent ? undefined : { recent: false }));
    }
  }

  private episodeName(path: string): string {
    return this.library.episode(path)?.name ?? path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  }

  /** Asks before dropping the unsaved work of `names`; true when there is none or the writer agrees. */
  private confirmDiscard(names: string[]): boolean {
    if (names.length === 0) return true;
    if (names.length === 1) return window.confirm(i18next.t('common:confirm.discard', { name: names[0] }));
    return window.confirm(i18next.t('common:confirm.discardMany', { names: names.map((n) => `• ${n}`).join('\n') }));
  }

  private loadOpened(file: OpenedFile): void {
    this.load((file.bom ? '\uFEFF' : '') + file.text, { path: file.path, name: file.name, kind: 'file' });
  }

  loadSample(lang: SampleLanguage): Promise<boolean> {
    return this.run(async () => {
      if (!this.leave()) return;
      const sample = await this.api.readSample(lang);
      this.load(sample.text, { path: null, name: i18next.t('common:sample.name', { context: lang }), kind: 'sample' });
    });
  }

  newScript(): void {
    if (!this.leave()) return;
    this.load('', { path: null, name: i18next.t('common:untitled'), kind: 'untitled' });
  }

  openFile(): Promise<boolean> {
    return this.run(async () => {
      const file = await this.api.openFile();
      if (!file || !this.leave()) return;
      this.loadOpened(file);
    });
  }

  /** Opens a file of the recent list or of the open series; an episode kept unsaved comes back as it was. */
  openPath(path: string, line?: number): Promise<boolean> {
    return this.run(async () => {
      if (this.snapshot.doc?.path === path) {
        if (line !== undefined) this.jumpToLine(line);
        return;
      }
      if (!this.leave()) return;
      await this.loadPath(path);
      if (line !== undefined) requestAnimationFrame(() => this.jumpToLine(line));
    });
  }

  /**
   * Opens a series folder and its first episode. Unsaved work the folder does not hold (kept episodes of
   * the series open before, the open script) would be dropped: the writer is asked first, once.
   */
  openFolder(path?: string): Promise<boolean> {
    return this.run(async () => {
      const folder = await this.api.openFolder(path);
      if (!folder) return;
      const inFolder = new Set(folder.episodes.map((e) => e.path));
      const first = folder.episodes[0];
      const doc = this.snapshot.doc;
      const names = this.kept.dirtyPaths((p) => inFolder.has(p)).map((p) => this.episodeName(p));
      if (first && doc && this.store.isDirty() && !(doc.path && inFolder.has(doc.path))) names.unshift(doc.name);
      if (!this.confirmDiscard(names)) return;
      this.kept.retain((p) => inFolder.has(p));
      this.library.open(folder);
      this.set({ series: folder });
      if (first) {
        this.leave(true);
        // The folder is on the recent list; its first episode, opened for the writer, is not added.
        await this.loadPath(first.path, false);
      }
      this.reportDocumentState();
      void this.library.loadAll(() => this.set({}));
    });
  }

  /** Closes the series (asking before dropping its unsaved episodes); false when the writer said no. */
  closeSeries(): boolean {
    if (!this.confirmDiscard(this.kept.dirtyPaths().map((p) => this.episodeName(p)))) return false;
    this.library.close();
    this.kept.clear();
    this.set({ series: null });
    this.reportDocumentState();
    return true;
  }

  /** True when an episode other than the open one has unsaved changes kept in memory. */
  isKeptDirty(path: string): boolean {
    return this.kept.isDirty(path);
  }

  /** True when anything in this window is unsaved: the open document or a kept episode. */
  hasUnsavedWork(): boolean {
    return this.store.isDirty() || this.kept.dirtyPaths().length > 0;
  }

  keptState(path: string): EditorState | null {
    return this.kept.state(path);
  }

  /** Replaces a kept episode's state (a replace-all in the series). */
  setKeptState(path: string, state: EditorState): void {
    this.kept.setState(path, state);
    this.reportDocumentState();
    this.autosaveTimer.edited();
  }

  // ---- saving ----

  save(as = false, force = false): Promise<boolean> {
    return this.run(async () => {
      const doc = this.snapshot.doc;
      const state = this.store.current();
      if (!doc || !state) return;
      const script = scriptToSave(state);
      const text = sourceText(script);
      const saved =
        doc.kind === 'file' && doc.path && !as
          ? await this.api.saveFile(doc.path, text, force ? { force: true } : undefined)
          : await this.api.saveFileAs(text, doc.kind === 'file' ? doc.name : i18next.t('common:untitledFile'));
      if (!saved) throw new Cancelled();
      this.store.markSaved(state.doc);
      if (doc.path && doc.path !== saved.path) void this.api.clearAutosave(doc.kind === 'file' ? doc.path : null).catch(() => undefined);
      this.library.saved(saved.path, text, script);
      this.set({ doc: { ...doc, path: saved.path, name: saved.name, kind: 'file' }, external: null });
      this.reportDocumentState();
    });
  }

  /** Saves every kept episode with unsaved changes to its file; false when one could not be saved. */
  private saveKept(): Promise<boolean> {
    return this.run(async () => {
      const failed: string[] = [];
      for (const path of this.kept.dirtyPaths()) {
        const script = scriptToSave(this.kept.state(path)!);
        const text = sourceText(script);
        try {
          await this.api.saveFile(path, text);
        } catch (error) {
          failed.push(`${this.episodeName(path)}: ${message(error)}`);
          continue;
        }
        this.kept.saved(path);
        this.library.saved(path, text, script);
      }
      this.reportDocumentState();
      this.set({});
      if (failed.length > 0) throw new Error(failed.join('\n'));
    });
  }

  /** "Save" in the close prompt: saves the open document and every kept episode; closes when all are saved. */
  private async saveThenClose(): Promise<void> {
    if (this.store.isDirty() && !(await this.save(false))) return;
    if (this.store.isDirty()) return;
    if (!(await this.saveKept())) return;
    await this.api.closeWindow();
  }

  // ---- autosave and recovery ----

  /**
   * Sends the unsaved text to the recovery copies now: the open document's, and each kept episode's that
   * changed since its last copy (the timer calls this 3 s after typing stops, and every 5 s while it goes on).
   */
  async autosave(): Promise<void> {
    this.autosaveTimer.cancel();
    const doc = this.snapshot.doc;
    const state = this.store.current();
    const copies: { path: string | null; text: string; failed?: () => void }[] = [];
    if (doc && state && this.store.isDirty()) copies.push({ path: doc.kind === 'file' ? doc.path : null, text: textOf(state) });
    for (const kept of this.kept.toAutosave(doc?.path ?? null)) copies.push({ path: kept.path, text: textOf(kept.state), failed: kept.failed });
    for (const copy of copies) {
      try {
        await this.api.autosave(copy.text, copy.path);
      } catch (error) {
        copy.failed?.();
        this.set({ error: i18next.t('common:recovery.autosaveFailed', { reason: message(error) }) });
      }
    }
  }

  async checkRecoveries(): Promise<void> {
    try {
      const offers = await this.api.listRecoveries();
      this.set({ recovery: offers[0] ?? null });
    } catch (error) {
      this.set({ error: message(error) });
    }
  }

  restoreRecovery(): Promise<boolean> {
    const offer = this.snapshot.recovery;
    return this.run(async () => {
      if (!offer) return;
      const file = await this.api.restoreRecovery(offer.id);
      this.load((file.bom ? '\uFEFF' : '') + file.text, { path: file.path, name: file.name, kind: file.path ? 'file' : 'untitled' }, true);
      this.set({ recovery: null });
      await this.checkRecoveries();
    });
  }

  discardRecovery(): Promise<boolean> {
    const offer = this.snapshot.recovery;
    return this.run(async () => {
      if (!offer) return;
      await this.api.discardRecovery(offer.id);
      this.set({ recovery: null });
      await this.checkRecoveries();
    });
  }

  // ---- external changes ----

  private fileChanged(change: FileChange): void {
    if (change.path !== this.snapshot.doc?.path) return;
    this.set({ external: change.state === 'unchanged' ? null : change });
  }

  /** Reads the file again as another program left it (the writer's unsaved edits are dropped). */
  reloadFromDisk(): Promise<boolean> {
    return this.run(async () => {
      const doc = this.snapshot.doc;
      if (!doc?.path) return;
      const file = await this.api.openPath(doc.path);
      void this.api.clearAutosave(doc.path).catch(() => undefined);
      this.loadOpened(file);
    });
  }

  /** Keeps the editor's version: the next save overwrites the file. */
  keepMine(): Promise<boolean> {
    this.set({ external: null });
    return this.save(false, true);
  }

  // ---- the window ----

  /** Tells the main process the window's title and whether closing must ask: anything unsaved, kept episodes too. */
  private reportDocumentState(): void {
    const doc = this.snapshot.doc;
    const unsaved = [...(doc && this.store.isDirty() ? [doc.name] : []), ...this.kept.dirtyPaths().map((p) => this.episodeName(p))];
    const state = { dirty: unsaved.length > 0, name: doc?.name ?? null, path: doc?.kind === 'file' ? doc.path : null, unsaved };
    void this.api.setDocumentState(state).catch(() => undefined);
  }

  // ---- the caret ----

  /** Puts the caret at the start of 0-based line `line`, shows the line in the middle of the page, focuses. */
  jumpToLine(line: number): void {
    const view = this.view;
    if (!view) return;
    const doc = view.state.doc;
    const target = Math.max(0, Math.min(line, lineCount(doc) - 1));
    view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, lineStart(doc, target))));
    lineElement(view, target)?.scrollIntoView({ block: 'center' });
    view.focus();
    this.store.publish();
  }

  dispose(): void {
    this.autosaveTimer.cancel();
    for (const cleanup of this.cleanups) cleanup();
    this.store.dispose();
  }
}

/** The save dialog was cancelled: not an error to show. */
class Cancelled extends Error {
  constructor() {
    super('');
  }
}
