// The app scheme serves only files of the built renderer, each response with the CSP header.
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppFile, serveAppRequest } from '../../src/main/protocol';
import { CONTENT_SECURITY_POLICY_HEADER } from '../../src/shared/csp';

const DIR = join(sep, 'app', 'out', 'renderer');

describe('the app scheme', () => {
  it("maps app URLs to files of the renderer's folder", () => {
    expect(resolveAppFile('shotline://app/', DIR)).toBe(join(DIR, 'index.html'));
    expect(resolveAppFile('shotline://app/index.html?x=1#top', DIR)).toBe(join(DIR, 'index.html'));
    expect(resolveAppFile('shotline://app/assets/index-abc.js', DIR)).toBe(join(DIR, 'assets', 'index-abc.js'));
  });

  it('refuses anything that would leave the folder, and other hosts and schemes', () => {
    // Plain dot segments are resolved by URL parsing itself and stay inside the folder.
    expect(resolveAppFile('shotline://app/../secret.txt', DIR)).toBe(join(DIR, 'secret.txt'));
    expect(resolveAppFile('shotline://app/%2e%2e/secret.txt', DIR)).toBe(join(DIR, 'secret.txt'));
    for (const url of [
      'shotline://app/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'shotline://app/..%5c..%5csecret.txt',
      'shotline://app/%00index.html',
      'shotline://app/%E0%A4%A',
      'shotline://other/index.html',
      'file:///app/out/renderer/index.html',
      'https://app/index.html',
    ]) {
      expect(resolveAppFile(url, DIR), url).toBeNull();
    }
  });

  it('answers with the file, its type, and the Content-Security-Policy header', async () => {
    const files: Record<string, string> = { [join(DIR, 'index.html')]: '<!doctype html>', [join(DIR, 'assets', 'a.js')]: 'x' };
    const read = async (path: string) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return new TextEncoder().encode(files[path]);
    };
    const page = await serveAppRequest('shotline://app/index.html', DIR, read);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect(await page.text()).toBe('<!doctype html>');
    const script = await serveAppRequest('shotline://app/assets/a.js', DIR, read);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    const missing = await serveAppRequest('shotline://app/nope.js', DIR, read);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY_HEADER);
    expect((await serveAppRequest('shotline://app/assets/%2e%2e%2f%2e%2e%2fetc/passwd', DIR, read)).status).toBe(404);
  });
});
