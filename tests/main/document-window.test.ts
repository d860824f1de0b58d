// The window around the document, with a fake window: the title and unsaved marker, the close prompt
// (Save asks the page to save and close; Don't Save closes and drops the recovery copies; Cancel keeps
// everything), a crashed page keeps its recovery copies, and the spelling context menu.
import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { createDocumentWindow } from '../../src/main/document-window';
import type { CloseAnswer, DocumentWindowLike } from '../../src/main/document-window';
import { menuStrings } from '../../src/main/menu-strings';
import { EVENTS } from '../../src/shared/api';
import type { UiLanguage } from '../../src/shared/api';

type Listener = (...args: unknown[]) => void;

function fakeWindow() {
  const listeners = new Map<string, Listener>();
  const contentsListeners = new Map<string, Listener>();
  let destroyed = false;
  const sent: [string, unknown][] = [];
  const win = {
    title: '',
    edited: false,
    represented: '',
    setTitle: vi.fn((t: string) => void (win.title = t)),
    setDocumentEdited: vi.fn((e: boolean) => void (win.edited = e)),
    setRepresentedFilename: vi.fn((p: string) => void (win.represented = p)),
    /** Electron's close(): emits 'close'; unless prevented, the window goes and 'closed' follows. */
    close: vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
      listeners.get('close')?.(event);
      if (!event.defaultPrevented) {
        destroyed = true;
        listeners.get('closed')?.();
      }
    }),
    isDestroyed: () => destroyed,
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    webContents: {
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      on: (event: string, listener: Listener) => contentsListeners.set(event, listener),
      replaceMisspelling: vi.fn(),
      session: { addWordToSpellCheckerDictionary: vi.fn(() => true) },
    },
  };
  return { win, sent, listeners, contentsListeners };
}

function setup(answer: CloseAnswer, platform: NodeJS.Platform = 'linux', language: UiLanguage = 'en') {
  const fake = fakeWindow();
  const deps = {
    platform,
    strings: () => menuStrings(language, platform),
    askToSave: vi.fn(async () => answer),
    showContextMenu: vi.fn<(t: MenuItemConstructorOptions[]) => void>(),
    clearRecovery: vi.fn(async () => {}),
    onCloseCancelled: vi.fn(),
  };
  const doc = createDocumentWindow(fake.win as unknown as DocumentWindowLike, deps);
  return { ...fake, deps, doc };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the window title', () => {
  it('shows the name, and a marker while there are unsaved changes', () => {
    const { win, doc } = setup('cancel');
    doc.refreshTitle();
    expect(win.title).toBe('Untitled — Shotline');
    doc.setDocumentState({ dirty: true, name: 'ep01.fountain', path: '/s/ep01.fountain' });
    expect(win.title).toBe('• ep01.fountain — Shotline');
    doc.setDocumentState({ dirty: false, name: 'ep01.fountain', path: '/s/ep01.fountain' });
    expect(win.title).toBe('ep01.fountain — Shotline');
    expect(win.setDocumentEdited).not.toHaveBeenCalled();
  });

  it('uses the edited dot and the file’s proxy icon on macOS, and the UI language for Untitled', () => {
    const { win, doc } = setup('cancel', 'darwin', 'zh-Hant');
    doc.setDocumentState({ dirty: true, name: null, path: null });
    expect(win.title).toBe('• 未命名 — Shotline');
    expect(win.edited).toBe(true);
    doc.setDocumentState({ dirty: false, name: 'a.fountain', path: '/s/a.fountain' });
    expect([win.edited, win.represented]).toEqual([false, '/s/a.fountain']);
  });

  it('is not replaced by the page’s own <title>', () => {
    const { listeners } = setup('cancel');
    const event = { preventDefault: vi.fn() };
    listeners.get('page-title-updated')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});

describe('closing the window', () => {
  it('closes at once when nothing is unsaved, and removes the session’s recovery copies', () => {
    const { win, deps } = setup('cancel');
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(deps.askToSave).not.toHaveBeenCalled();
    expect(deps.clearRecovery).toHaveBeenCalledOnce();
  });

  it('Save: asks the page to save, stays open, and closes when the page says the save worked', async () => {
    const { win, deps, doc, sent } = setup('save');
    doc.setDocumentState({ dirty: true, name: 'ep01.fountain', path: '/s/ep01.fountain' });
    win.close();
    await settle();
    expect(deps.askToSave).toHaveBeenCalledWith(['ep01.fountain']);
    expect(win.isDestroyed()).toBe(false);
    expect(sent).toEqual([[EVENTS.onCloseRequested, { action: 'save-then-close' }]]);
    expect(deps.clearRecovery).not.toHaveBeenCalled();
    // The save failed: the page does not call closeWindow, and the window stays. Once it worked:
    doc.setDocumentState({ dirty: false, name: 'ep01.fountain', path: '/s/ep01.fountain' });
    doc.closeWithoutPrompt();
    expect(win.isDestroyed()).toBe(true);
    expect(deps.clearRecovery).toHaveBeenCalledOnce();
  });

  it("Don't Save: closes and drops the recovery copies", async () => {
    const { win, deps, doc } = setup('discard');
    doc.setDocumentState({ dirty: true, name: null, path: null });
    win.close();
    await settle();
    expect(deps.askToSave).toHaveBeenCalledWith(['Untitled']);
    expect(win.isDestroyed()).toBe(true);
    expect(deps.clearRecovery).toHaveBeenCalledOnce();
  });

  it('names every unsaved script the page reports, the open one first', async () => {
    const { win, deps, doc } = setup('cancel');
    doc.setDocumentState({ dirty: true, name: 'ep02.fountain', path: '/s/ep02.fountain', unsaved: ['ep02.fountain', 'ep01.fountain'] });
    win.close();
    await settle();
    expect(deps.askToSave).toHaveBeenCalledWith(['ep02.fountain', 'ep01.fountain']);
  });

  it('Cancel: keeps the window and the work, and stops a quit in progress', async () => {
    const { win, deps, doc, sent } = setup('cancel');
    doc.setDocumentState({ dirty: true, name: 'a.fountain', path: '/a.fountain' });
    win.close();
    win.close(); // a second click while the prompt is up asks only once
    await settle();
    expect(deps.askToSave).toHaveBeenCalledOnce();
    expect(win.isDestroyed()).toBe(false);
    expect(sent).toEqual([]);
    expect(deps.onCloseCancelled).toHaveBeenCalledOnce();
    expect(deps.clearRecovery).not.toHaveBeenCalled();
  });

  it('after the page crashed, closes without asking and keeps the recovery copies for the next start', () => {
    const { win, deps, doc, contentsListeners } = setup('save');
    doc.setDocumentState({ dirty: true, name: 'a.fountain', path: '/a.fountain' });
    contentsListeners.get('render-process-gone')!({}, { reason: 'crashed' });
    win.close();
    expect(win.isDestroyed()).toBe(true);
    expect(deps.askToSave).not.toHaveBeenCalled();
    expect(deps.clearRecovery).not.toHaveBeenCalled();
  });

  it('sends no events to a window that is gone', () => {
    const { win, doc, sent } = setup('cancel');
    win.close();
    doc.send('onFileChanged', { path: '/a', name: 'a', state: 'changed' });
    expect(sent).toEqual([]);
  });
});

describe('the spelling context menu', () => {
  it('shows suggestions that replace the word through the web contents, and adds words to the dictionary', () => {
    const { win, deps, contentsListeners } = setup('cancel', 'linux', 'zh-Hans');
    contentsListeners.get('context-menu')!({}, {
      misspelledWord: 'Lnn',
      dictionarySuggestions: ['Lin', 'Inn'],
      isEditable: true,
      selectionText: '',
      editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true },
    });
    const template = deps.showContextMenu.mock.calls[0][0];
    expect(template.slice(0, 5).map((i) => i.label ?? i.type)).toEqual(['Lin', 'Inn', 'separator', '添加到词典', 'separator']);
    (template[0].click as unknown as () => void)();
    expect(win.webContents.replaceMisspelling).toHaveBeenCalledWith('Lin');
    (template[3].click as unknown as () => void)();
    expect(win.webContents.session.addWordToSpellCheckerDictionary).toHaveBeenCalledWith('Lnn');
  });

  it('shows nothing where there is nothing to offer', () => {
    const { deps, contentsListeners } = setup('cancel');
    contentsListeners.get('context-menu')!({}, { misspelledWord: '', dictionarySuggestions: [], isEditable: false, selectionText: '', editFlags: { canCut: false, canCopy: false, canPaste: false, canSelectAll: false } });
    expect(deps.showContextMenu).not.toHaveBeenCalled();
  });
});
