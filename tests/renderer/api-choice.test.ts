// Which API the page uses: inside Electron (the app's scheme, or Electron's user agent) only the preload's;
// the in-browser adapter only in a plain browser.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getApi, insideElectron } from '../../src/renderer/api';

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/134.0.0.0 Safari/537.36';
const ELECTRON = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Shotline/0.1.0 Chrome/134.0.0.0 Electron/35.0.0 Safari/537.36';

afterEach(() => vi.unstubAllGlobals());

describe('the API the page uses', () => {
  it('knows when it runs inside Electron', () => {
    expect(insideElectron({ protocol: 'shotline:', userAgent: CHROME })).toBe(true);
    expect(insideElectron({ protocol: 'http:', userAgent: ELECTRON })).toBe(true);
    expect(insideElectron({ protocol: 'http:', userAgent: CHROME })).toBe(false);
    expect(insideElectron({ protocol: 'https:', userAgent: CHROME })).toBe(false);
  });

  it('refuses the in-browser adapter inside Electron when the preload’s API is missing', () => {
    const root = { replaceChildren: vi.fn() };
    const element = () => ({ dataset: {} as Record<string, string>, setAttribute: vi.fn(), append: vi.fn(), textContent: '' });
    vi.stubGlobal('window', {});
    vi.stubGlobal('location', { protocol: 'shotline:' });
    vi.stubGlobal('navigator', { userAgent: CHROME, language: 'zh-CN' });
    vi.stubGlobal('document', { createElement: element, getElementById: () => root, body: { append: vi.fn() } });
    expect(() => getApi()).toThrow(/Shotline 无法启动/);
    expect(root.replaceChildren).toHaveBeenCalledTimes(1);
    expect((window as { shotlineBrowser?: unknown }).shotlineBrowser).toBeUndefined();
  });

  it('uses the preload’s API when there is one, and the in-browser adapter in a plain browser', () => {
    const preload = { readSample: vi.fn() };
    vi.stubGlobal('window', { shotline: preload });
    vi.stubGlobal('location', { protocol: 'shotline:' });
    // The preload's methods, its failures turned back into Errors with their codes (preload-errors.ts).
    void getApi().readSample('en');
    expect(preload.readSample).toHaveBeenCalledWith('en');
    vi.stubGlobal('window', {});
    vi.stubGlobal('location', { protocol: 'http:' });
    vi.stubGlobal('navigator', { userAgent: CHROME, language: 'en-US' });
    const api = getApi();
    expect(typeof api.saveFile).toBe('function');
    expect((window as { shotlineBrowser?: unknown }).shotlineBrowser).toBeDefined();
  });
});
